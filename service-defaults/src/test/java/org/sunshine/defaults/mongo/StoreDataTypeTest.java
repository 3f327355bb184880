package org.sunshine.defaults.mongo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Index keys through the store's data type: written as BSON, read back as the same values of the same classes. */
class StoreDataTypeTest {

	private final StoreDataType type = new StoreDataType();

	@Test
	void keysOfPlainValuesComeBackEqualAndOfTheSameClasses() {
		KeyValue key = new KeyValue("T261124-XVGF89", 42, 1L << 40, 0.5, true, new ObjectId(),
				Instant.parse("2025-10-01T08:00:00Z"), "湘税发〔2024〕12号");
		ByteBuffer stored = write(key);

		assertThat(stored.get(0)).isEqualTo(StoreDataType.BSON_KEY);
		KeyValue read = (KeyValue) this.type.read(stored);
		assertThat(read).isEqualTo(key);
		for (int i = 0; i < key.size(); i++) {
			assertThat(read.get(i)).isInstanceOf(key.get(i).getClass());
		}
		assertThat(this.type.compare(read, key)).isZero();
		assertThat(stored.hasRemaining()).isFalse();
	}

	@Test
	void keysWithOtherValuesAreSerializedAsBeforeAndStillReadable() {
		KeyValue key = new KeyValue(new Document("department", "NSFWK"), "x");
		ByteBuffer stored = write(key);

		assertThat(stored.get(0)).isNotEqualTo(StoreDataType.BSON_KEY);
		assertThat(this.type.read(stored)).isEqualTo(key);
	}

	@Test
	void loneObjectIdsAreWrittenWithoutJavaSerialization() {
		ObjectId id = new ObjectId();
		ByteBuffer stored = write(id);

		assertThat(stored.get(0)).isEqualTo(StoreDataType.BSON_VALUE);
		assertThat(stored.remaining()).isLessThan(20);
		assertThat(this.type.read(stored)).isEqualTo(id).isInstanceOf(ObjectId.class);
		assertThat(stored.hasRemaining()).isFalse();
	}

	@Test
	void keysAndObjectIdsAreEstimatedAtTheirSizeNotAtTheStockTypesFirstGuess() {
		// The stock type guesses 10,000 bytes for what it has not serialized yet: one key per 16 KB page.
		assertThat(this.type.getMemory(new KeyValue("T261124-XVGF89"))).isBetween(40, 200);
		assertThat(this.type.getMemory(new KeyValue(new ObjectId(), 7L))).isBetween(40, 200);
		assertThat(this.type.getMemory(new ObjectId())).isBetween(16, 100);
	}

	@Test
	void keysOrderByValueNotByLength() {
		List<KeyValue> sorted = new java.util.ArrayList<>(List.of(new KeyValue("C-9"), new KeyValue("C-10"),
				new KeyValue("C-1")));
		sorted.sort(this.type::compare);
		assertThat(sorted).containsExactly(new KeyValue("C-1"), new KeyValue("C-10"), new KeyValue("C-9"));
	}

	private ByteBuffer write(Object value) {
		WriteBuffer buffer = new WriteBuffer();
		this.type.write(buffer, value);
		return buffer.getBuffer().flip();
	}

}
