package org.sunshine.disclosure.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the catalog import: UTF-8 only (a BOM, as Excel writes it, is skipped),
 * quoted fields may hold commas, quotes ({@code ""}) and line breaks. Each record keeps the line it
 * starts on, so errors point at the line a person sees in an editor.
 */
final class Csv {

	private Csv() {
	}

	/** The file's text; a byte sequence that is not UTF-8 fails with its offset. */
	static String decodeUtf8(byte[] bytes) throws NotUtf8Exception {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		try {
			String text = decoder.decode(in).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (MalformedInputException ex) {
			throw new NotUtf8Exception(in.position());
		}
		catch (CharacterCodingException ex) {
			throw new NotUtf8Exception(in.position());
		}
	}

	static List<Record> parse(String text) {
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int line = 1;
		int recordLine = 1;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				i++;
				continue;
			}
			switch (c) {
				case '"' -> {
					quoted = true;
					fieldStarted = true;
				}
				case ',' -> {
					fields.add(field.toString());
					field.setLength(0);
					fieldStarted = true;
				}
				case '\r' -> {
					// Part of CRLF; a lone CR is dropped too.
				}
				case '\n' -> {
					if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
						fields.add(field.toString());
						records.add(new Record(recordLine, List.copyOf(fields)));
					}
					fields.clear();
					field.setLength(0);
					fieldStarted = false;
					line++;
					recordLine = line;
				}
				default -> {
					field.append(c);
					fieldStarted = true;
				}
			}
			i++;
		}
		if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(new Record(recordLine, List.copyOf(fields)));
		}
		return records;
	}

	/**
	 * One record.
	 * @param line the line of the file it starts on (the header is line 1)
	 * @param fields its fields, unquoted
	 */
	record Record(int line, List<String> fields) {

		String field(int index) {
			return (index >= 0 && index < this.fields.size()) ? this.fields.get(index).strip() : "";
		}

	}

	static final class NotUtf8Exception extends Exception {

		private final int offset;

		NotUtf8Exception(int offset) {
			super("not UTF-8 at byte " + offset, null, false, false);
			this.offset = offset;
		}

		int offset() {
			return this.offset;
		}

	}

}
