package org.sunshine.defaults.mongo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store keeps mongo-java-server's objects in H2. H2 knows neither {@link KeyValue}
 * nor {@link Document}, so its stock type handles both with Java serialization: it ordered unique
 * index keys by their serialized bytes (every comparison of a B-tree lookup serialized both keys) and
 * stored every document as a serialized object graph. While complaints were being filed that was a
 * fifth of complaint-service's CPU and most of what it allocated (docs/performance.md). This type
 * <ul>
 * <li>compares index keys by their values, and</li>
 * <li>stores documents as BSON behind a tag the stock type never writes, so documents written
 * before are still read the old way, and rewritten as BSON when next updated.</li>
 * </ul>
 * Index keys are still stored as before; only their order changes, which {@link EmbeddedStoreBackend}
 * converts once when it opens an older file.
 */
class StoreDataType extends ObjectDataType {

	/** The stock type's tags end at 119 (byte arrays of 0-15 bytes); 120-127 are unused. */
	static final byte BSON_DOCUMENT = 120;

	/**
	 * Types whose {@code compareTo} is zero exactly when their serialized forms are equal, so the
	 * index treats as duplicates exactly the keys it did before. Anything else (sub-documents,
	 * binary) keeps the serialized order, as a tie-break among values of one class.
	 */
	private static final Set<Class<?>> NATURALLY_ORDERED = Set.of(String.class, Long.class, Integer.class,
			Double.class, Boolean.class, ObjectId.class, Instant.class, Date.class, UUID.class);

	/** H2 sizes its page cache and write buffers by this estimate; racy updates only blur it. */
	private volatile int averageDocumentSize = 1024;

	@Override
	public int compare(Object a, Object b) {
		if (a instanceof KeyValue left && b instanceof KeyValue right) {
			return compareKeys(left, right);
		}
		return super.compare(a, b);
	}

	@Override
	public int getMemory(Object value) {
		return (value instanceof Document) ? this.averageDocumentSize : super.getMemory(value);
	}

	@Override
	public void write(WriteBuffer buffer, Object value) {
		byte[] bson = (value instanceof Document document) ? encode(document) : null;
		if (bson == null) {
			super.write(buffer, value);
			return;
		}
		// BSON starts with its own length, so the reader knows where the document ends.
		buffer.put(BSON_DOCUMENT).put(bson);
		this.averageDocumentSize = (this.averageDocumentSize * 15 + bson.length) / 16;
	}

	@Override
	public Object read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != BSON_DOCUMENT) {
			return super.read(buffer);
		}
		buffer.get();
		int length = Integer.reverseBytes(buffer.getInt(buffer.position()));
		byte[] bson = new byte[length];
		buffer.get(bson);
		return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
	}

	/** The document as BSON, or null for a value BSON cannot hold (then it is serialized as before). */
	private static byte[] encode(Document document) {
		ByteBuf buffer = Unpooled.buffer(512);
		try {
			BsonEncoder.encodeDocument(document, buffer);
			byte[] bson = new byte[buffer.readableBytes()];
			buffer.readBytes(bson);
			return bson;
		}
		catch (RuntimeException unsupported) {
			return null;
		}
		finally {
			buffer.release();
		}
	}

	static int compareKeys(KeyValue left, KeyValue right) {
		int common = Math.min(left.size(), right.size());
		for (int i = 0; i < common; i++) {
			int order = compareValues(left.get(i), right.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(left.size(), right.size());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareValues(Object a, Object b) {
		if (a == b) {
			return 0;
		}
		if (a == null || b == null) {
			return (a == null) ? -1 : 1;
		}
		if (a.getClass() != b.getClass()) {
			return a.getClass().getName().compareTo(b.getClass().getName());
		}
		if (NATURALLY_ORDERED.contains(a.getClass())) {
			return ((Comparable) a).compareTo(b);
		}
		return compareNotNull(serialize(a), serialize(b));
	}

}
