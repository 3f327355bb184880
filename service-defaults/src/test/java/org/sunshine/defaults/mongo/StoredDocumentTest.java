package org.sunshine.defaults.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored document decoded whole, or only the fields asked for, every other value skipped whatever its type.
 * Compared as BSON: some of mongo-java-server's value classes (regular expressions) have no equals.
 */
class StoredDocumentTest {

	private final Document complaint = new Document("_id", new ObjectId()).append("trackingNumber", "T261124-XVGF89")
		.append("subject", "办税服务厅排队时间过长")
		.append("amount", new Decimal128(1234L, 5678L))
		.append("count", 3)
		.append("total", 1L << 40)
		.append("ratio", 0.25)
		.append("anonymous", true)
		.append("nothing", null)
		.append("pattern", new BsonRegularExpression("^T26", "i"))
		.append("receivedAt", Instant.parse("2025-06-09T02:00:00Z"))
		.append("uuid", new LegacyUUID(1L, 2L))
		.append("binary", new BinData(new byte[] { 9, 8, 7 }))
		.append("timestamp", new BsonTimestamp(42L))
		.append("code", new BsonJavaScript("function() { return 1; }"))
		.append("min", MinKey.getInstance())
		.append("max", MaxKey.getInstance())
		.append("timeline", List.of(new Document("status", "RECEIVED").append("at", Instant.EPOCH), "二"))
		.append("handler", new Document("department", "NSFWK").append("name", "handler-1"))
		// Names compared as bytes: one not ASCII, one a prefix of another.
		.append("备注", "补正材料")
		.append("statu", "prefix")
		.append("status", "ASSIGNED")
		.append("dueAt", Instant.parse("2025-06-16T15:59:59Z"));

	private final StoredDocument stored = new StoredDocument(bson(this.complaint));

	@Test
	void decodedWholeIsTheDocument() {
		assertThat(bson(this.stored.decode())).isEqualTo(bson(this.complaint));
	}

	@Test
	void decodedInPartHasOnlyTheFieldsAskedForWithTheirValues() {
		Document part = this.stored.decode(Set.of("status", "dueAt", "_id", "handler"));

		assertThat(part).containsOnlyKeys("_id", "handler", "status", "dueAt");
		assertThat(part.keySet()).containsExactly("_id", "handler", "status", "dueAt");
		Document expected = new Document();
		part.keySet().forEach((field) -> expected.put(field, this.complaint.get(field)));
		assertThat(bson(part)).isEqualTo(bson(expected));
	}

	@Test
	void fieldsThatAreNotThereAreLeftOut() {
		assertThat(this.stored.decode(Set.of("status", "suspendedAt"))).isEqualTo(new Document("status", "ASSIGNED"));
		assertThat(this.stored.decode(Set.of())).isEmpty();
	}

	@Test
	void everyFieldAskedForOneByOneComesBackAsItWasWhateverItFollows() {
		for (String field : this.complaint.keySet()) {
			assertThat(bson(this.stored.decode(Set.of(field)))).as(field)
				.isEqualTo(bson(new Document(field, this.complaint.get(field))));
		}
	}

	private static byte[] bson(Document document) {
		ByteBuf buffer = Unpooled.buffer();
		BsonEncoder.encodeDocument(document, buffer);
		byte[] bytes = new byte[buffer.readableBytes()];
		buffer.readBytes(bytes);
		return bytes;
	}

}
