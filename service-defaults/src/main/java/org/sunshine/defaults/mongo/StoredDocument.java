package org.sunshine.defaults.mongo;

import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A document as the file holds it, in BSON, decoded only when a query gets to it, and then only the
 * fields the query reads. A scan of 100,000 complaints for the warnings due reads four fields of each;
 * decoding every field of every one (its timeline, its sealed personal data) was most of the scan's
 * cost and filled the heap with documents that died at once. Kept in H2's page cache as bytes, a
 * document also takes a fifth of the heap it takes decoded, so the cache holds five times as many.
 */
final class StoredDocument {

	private final byte[] bson;

	StoredDocument(byte[] bson) {
		this.bson = bson;
	}

	byte[] bson() {
		return this.bson;
	}

	/** Every field. */
	Document decode() {
		return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(this.bson));
	}

	/**
	 * Only the top-level {@code fields} (in the document's order), the other values skipped over unread.
	 * Falls back to every field for a value of a type this does not know how to skip.
	 */
	Document decode(Set<String> fields) {
		ByteBuf buffer = Unpooled.wrappedBuffer(this.bson);
		buffer.readIntLE();
		Document document = new Document();
		try {
			while (document.size() < fields.size()) {
				byte type = buffer.readByte();
				if (type == 0) {
					break;
				}
				String name = BsonDecoder.decodeCString(buffer);
				if (fields.contains(name)) {
					document.put(name, BsonDecoder.decodeValue(type, buffer));
				}
				else {
					skip(type, buffer);
				}
			}
		}
		catch (UnknownType unknown) {
			return decode();
		}
		return document;
	}

	private static void skip(byte type, ByteBuf buffer) {
		switch (type) {
			case 0x06, 0x0A, (byte) 0xFF, 0x7F -> {
				// undefined, null, min key, max key: no value
			}
			case 0x08 -> buffer.skipBytes(1);
			case 0x10 -> buffer.skipBytes(4);
			case 0x01, 0x09, 0x11, 0x12 -> buffer.skipBytes(8);
			case 0x07 -> buffer.skipBytes(12);
			case 0x13 -> buffer.skipBytes(16);
			// string, JavaScript, symbol: a length, then the bytes
			case 0x02, 0x0D, 0x0E -> buffer.skipBytes(buffer.readIntLE());
			// document, array, code with scope: a length that counts itself
			case 0x03, 0x04, 0x0F -> buffer.skipBytes(buffer.readIntLE() - 4);
			// binary: a length, the subtype, the bytes
			case 0x05 -> buffer.skipBytes(buffer.readIntLE() + 1);
			case 0x0B -> {
				BsonDecoder.decodeCString(buffer);
				BsonDecoder.decodeCString(buffer);
			}
			case 0x0C -> buffer.skipBytes(buffer.readIntLE() + 12);
			default -> throw new UnknownType();
		}
	}

	private static final class UnknownType extends RuntimeException {

		UnknownType() {
			super(null, null, false, false);
		}

	}

}
