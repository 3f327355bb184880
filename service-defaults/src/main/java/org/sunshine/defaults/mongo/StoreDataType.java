package org.sunshine.defaults.mongo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store keeps mongo-java-server's objects in H2. H2 knows neither {@link KeyValue}
 * nor {@link Document}, so its stock type handles both with Java serialization: it ordered unique
 * index keys by their serialized bytes (every comparison of a B-tree lookup serialized both keys) and
 * stored every document as a serialized object graph. While complaints were being filed that was a
 * fifth of complaint-service's CPU and most of what it allocated (docs/performance.md). This type
 * <ul>
 * <li>compares index keys by their values,</li>
 * <li>stores documents, index keys and ObjectIds as BSON behind tags the stock type never writes, so what
 * was written before is still read the old way, and rewritten as BSON when its page is next written,</li>
 * <li>reads a document as its bytes ({@link StoredDocument}), decoded by the collection when a query gets
 * to it, and</li>
 * <li>estimates the heap each of them takes, by which H2 sizes its pages and its cache.</li>
 * </ul>
 * Only the unique indexes of an older file need rebuilding (in value order, in pages of the right size):
 * {@link EmbeddedStoreBackend} does it once when it opens one.
 */
class StoreDataType extends ObjectDataType {

	/** The stock type's tags end at 119 (byte arrays of 0-15 bytes); 120-127 are unused. */
	static final byte BSON_DOCUMENT = 120;

	/** An index key whose values are all {@link #BSON_KEY_TYPES}: a count, then each value's BSON type and value. */
	static final byte BSON_KEY = 121;

	/**
	 * A lone value the stock type would serialize: an ObjectId as a document's key in its collection's map
	 * or as a position in a unique index. Its BSON type, then its value.
	 */
	static final byte BSON_VALUE = 122;

	/** Lone values stored as BSON; the stock type has compact forms for strings, numbers, dates and UUIDs. */
	private static final Set<Class<?>> BSON_VALUE_TYPES = Set.of(ObjectId.class, Instant.class);

	/** The heap an ObjectId or Instant takes: header, fields and, for the ObjectId, its 12-byte array. */
	private static final int LONE_VALUE_MEMORY = 48;

	/** Heap estimate for a key value of a type the stock type would serialize (a sub-document, a list). */
	private static final int OTHER_KEY_VALUE_MEMORY = 256;

	/** Key values stored as BSON; each decodes to the same class (int32 Integer, int64 Long, date Instant …). */
	private static final Set<Class<?>> BSON_KEY_TYPES = Set.of(String.class, Long.class, Integer.class, Double.class,
			Boolean.class, ObjectId.class, Instant.class);

	/**
	 * Types whose {@code compareTo} is zero exactly when their serialized forms are equal, so the
	 * index treats as duplicates exactly the keys it did before. Anything else (sub-documents,
	 * binary) keeps the serialized order, as a tie-break among values of one class.
	 */
	private static final Set<Class<?>> NATURALLY_ORDERED = Set.of(String.class, Long.class, Integer.class,
			Double.class, Boolean.class, ObjectId.class, Instant.class, Date.class, UUID.class);

	/**
	 * H2 fills its page cache (16 MB) by these estimates of heap size. A decoded complaint takes about
	 * five times its BSON size on the heap (5.0 KB for 1.0 KB: a map entry, a key string and a value
	 * object per field); estimating by the BSON size alone let the cache grow to ~80 MB of a 256 MB
	 * heap. Racy updates only blur the average. Documents read from the file stay BSON
	 * ({@link StoredDocument}) and take their size.
	 */
	private static final int HEAP_PER_BSON_BYTE = 5;

	private volatile int averageDocumentSize = 1024;

	@Override
	public int compare(Object a, Object b) {
		if (a instanceof KeyValue left && b instanceof KeyValue right) {
			return compareKeys(left, right);
		}
		return super.compare(a, b);
	}

	/**
	 * H2 splits a page when the estimates of its entries add up to more than 16 KB. For a value it
	 * serializes, the stock type estimates the average of what it last serialized, 10,000 bytes until
	 * then; keys and ObjectIds written as BSON never update it, so every unique index got one key per
	 * page and a tree 17 pages deep for 100,000 keys (docs/performance.md).
	 */
	@Override
	public int getMemory(Object value) {
		if (value instanceof Document) {
			return HEAP_PER_BSON_BYTE * this.averageDocumentSize;
		}
		if (value instanceof StoredDocument stored) {
			return 40 + stored.bson().length;
		}
		if (value instanceof KeyValue key) {
			int memory = 32;
			for (Object part : key) {
				memory += 8 + keyValueMemory(part);
			}
			return memory;
		}
		if (value != null && BSON_VALUE_TYPES.contains(value.getClass())) {
			return LONE_VALUE_MEMORY;
		}
		return super.getMemory(value);
	}

	private int keyValueMemory(Object part) {
		if (part == null) {
			return 0;
		}
		if (BSON_VALUE_TYPES.contains(part.getClass())) {
			return LONE_VALUE_MEMORY;
		}
		return NATURALLY_ORDERED.contains(part.getClass()) ? super.getMemory(part) : OTHER_KEY_VALUE_MEMORY;
	}

	@Override
	public void write(WriteBuffer buffer, Object value) {
		if (value instanceof StoredDocument stored) {
			// Read from the file and unchanged since: its page is written again because another entry changed.
			buffer.put(BSON_DOCUMENT).put(stored.bson());
			return;
		}
		if (value instanceof Document document) {
			byte[] bson = encode(document);
			if (bson != null) {
				// BSON starts with its own length, so the reader knows where the document ends.
				buffer.put(BSON_DOCUMENT).put(bson);
				this.averageDocumentSize = (this.averageDocumentSize * 15 + bson.length) / 16;
				return;
			}
		}
		else if (value instanceof KeyValue key && isBsonKey(key)) {
			byte[] bson = encode(key);
			buffer.put(BSON_KEY).putVarInt(bson.length).put(bson);
			return;
		}
		else if (value != null && BSON_VALUE_TYPES.contains(value.getClass())) {
			byte[] bson = encodeValue(value);
			buffer.put(BSON_VALUE).putVarInt(bson.length).put(bson);
			return;
		}
		super.write(buffer, value);
	}

	@Override
	public Object read(ByteBuffer buffer) {
		byte tag = buffer.get(buffer.position());
		if (tag == BSON_DOCUMENT) {
			buffer.get();
			byte[] bson = new byte[Integer.reverseBytes(buffer.getInt(buffer.position()))];
			buffer.get(bson);
			return new StoredDocument(bson);
		}
		if (tag == BSON_KEY) {
			buffer.get();
			byte[] bson = new byte[DataUtils.readVarInt(buffer)];
			buffer.get(bson);
			return decodeKey(Unpooled.wrappedBuffer(bson));
		}
		if (tag == BSON_VALUE) {
			buffer.get();
			byte[] bson = new byte[DataUtils.readVarInt(buffer)];
			buffer.get(bson);
			ByteBuf value = Unpooled.wrappedBuffer(bson);
			return BsonDecoder.decodeValue(value.readByte(), value);
		}
		return super.read(buffer);
	}

	/** The size of a stored document (a value of a collection's map) in BSON. */
	static int bsonSize(Object value) {
		if (value instanceof StoredDocument stored) {
			return stored.bson().length;
		}
		byte[] bson = (value instanceof Document document) ? encode(document) : null;
		return (bson != null) ? bson.length : 0;
	}

	/** The document as BSON, or null for a value BSON cannot hold (then it is serialized as before). */
	private static byte[] encode(Document document) {
		try {
			return encoded(512, (buffer) -> BsonEncoder.encodeDocument(document, buffer));
		}
		catch (RuntimeException unsupported) {
			return null;
		}
	}

	private static boolean isBsonKey(KeyValue key) {
		if (key.size() > 255) {
			return false;
		}
		for (Object value : key) {
			if (value == null || !BSON_KEY_TYPES.contains(value.getClass())) {
				return false;
			}
		}
		return true;
	}

	private static byte[] encode(KeyValue key) {
		return encoded(64, (buffer) -> {
			buffer.writeByte(key.size());
			key.forEach((value) -> writeTypedValue(value, buffer));
		});
	}

	private static byte[] encodeValue(Object value) {
		return encoded(16, (buffer) -> writeTypedValue(value, buffer));
	}

	private static void writeTypedValue(Object value, ByteBuf buffer) {
		byte type = BsonEncoder.determineType(value);
		buffer.writeByte(type);
		BsonEncoder.encodeValue(type, value, buffer);
	}

	private static byte[] encoded(int capacity, Consumer<ByteBuf> writer) {
		ByteBuf buffer = Unpooled.buffer(capacity);
		try {
			writer.accept(buffer);
			return bytes(buffer);
		}
		finally {
			buffer.release();
		}
	}

	private static KeyValue decodeKey(ByteBuf buffer) {
		Object[] values = new Object[buffer.readUnsignedByte()];
		for (int i = 0; i < values.length; i++) {
			values[i] = BsonDecoder.decodeValue(buffer.readByte(), buffer);
		}
		return new KeyValue(values);
	}

	private static byte[] bytes(ByteBuf buffer) {
		byte[] bytes = new byte[buffer.readableBytes()];
		buffer.readBytes(bytes);
		return bytes;
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
