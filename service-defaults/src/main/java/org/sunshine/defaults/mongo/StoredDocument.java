package org.sunshine.defaults.mongo;

import java.nio.charset.StandardCharsets;
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
	 * Names are compared as bytes, not decoded: a scan reads every name of every document it passes.
	 * Falls back to every field for a value of a type this does not know how to skip.
	 */
	Document decode(Set<String> fields) {
		Document document = new Document();
		ByteBuf buffer = null;
		int position = 4;
		try {
			while (document.size() < fields.size()) {
				byte type = this.bson[position++];
				if (type == 0) {
					break;
				}
				int valueStart = cStringEnd(position);
				String name = wanted(fields, position, valueStart - 1);
				position = valueStart;
				if (name != null) {
					buffer = (buffer != null) ? buffer : Unpooled.wrappedBuffer(this.bson);
					buffer.readerIndex(position);
					document.put(name, BsonDecoder.decodeValue(type, buffer));
					position = buffer.readerIndex();
				}
				else {
					position = skip(type, position);
				}
			}
		}
		catch (UnknownType unknown) {
			return decode();
		}
		return document;
	}

	/** The field of {@code fields} named by the bytes from start to end, or null. */
	private String wanted(Set<String> fields, int start, int end) {
		int length = end - start;
		for (String field : fields) {
			if (field.length() == length && isAsciiOf(field, start)) {
				return field;
			}
		}
		for (int i = start; i < end; i++) {
			if (this.bson[i] < 0) {
				// Not ASCII: compared decoded.
				String name = new String(this.bson, start, length, StandardCharsets.UTF_8);
				return fields.contains(name) ? name : null;
			}
		}
		return null;
	}

	private boolean isAsciiOf(String field, int start) {
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c >= 0x80 || this.bson[start + i] != c) {
				return false;
			}
		}
		return true;
	}

	/** Where the value of this type starting at {@code position} ends. */
	private int skip(byte type, int position) {
		return switch (type) {
			// undefined, null, min key, max key: no value
			case 0x06, 0x0A, (byte) 0xFF, 0x7F -> position;
			case 0x08 -> position + 1;
			case 0x10 -> position + 4;
			case 0x01, 0x09, 0x11, 0x12 -> position + 8;
			case 0x07 -> position + 12;
			case 0x13 -> position + 16;
			// string, JavaScript, symbol: a length, then the bytes
			case 0x02, 0x0D, 0x0E -> position + 4 + intAt(position);
			// document, array, code with scope: a length that counts itself
			case 0x03, 0x04, 0x0F -> position + intAt(position);
			// binary: a length, the subtype, the bytes
			case 0x05 -> position + 4 + 1 + intAt(position);
			// regular expression: two C strings
			case 0x0B -> cStringEnd(cStringEnd(position));
			// DB pointer: a string, then an ObjectId
			case 0x0C -> position + 4 + intAt(position) + 12;
			default -> throw new UnknownType();
		};
	}

	private int intAt(int position) {
		return (this.bson[position] & 0xFF) | (this.bson[position + 1] & 0xFF) << 8
				| (this.bson[position + 2] & 0xFF) << 16 | (this.bson[position + 3] & 0xFF) << 24;
	}

	/** Just past the C string at {@code position}. */
	private int cStringEnd(int position) {
		int end = position;
		while (this.bson[end] != 0) {
			end++;
		}
		return end + 1;
	}

	private static final class UnknownType extends RuntimeException {

		UnknownType() {
			super(null, null, false, false);
		}

	}

}
