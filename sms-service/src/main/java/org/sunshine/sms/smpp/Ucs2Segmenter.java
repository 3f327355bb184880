package org.sunshine.sms.smpp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into UCS2 (UTF-16BE, data_coding 8) short messages. One segment carries 70 characters;
 * a concatenated message carries 67 per segment because the 6-byte user data header (UDH) takes three
 * characters' room. Everything is sent as UCS2: every template is Chinese, so GSM 7-bit never applies.
 */
public final class Ucs2Segmenter {

	/** Characters (UTF-16 code units) in a message that fits one segment. */
	public static final int SINGLE_SEGMENT_CHARS = 70;

	/** Characters per segment of a concatenated message. */
	public static final int CONCATENATED_SEGMENT_CHARS = 67;

	/** UDH length byte + IEI 0x00 (concatenation, 8-bit reference) + IE length 3. */
	private static final byte[] UDH_PREFIX = { 0x05, 0x00, 0x03 };

	private Ucs2Segmenter() {
	}

	/** The text of each segment, in order; a surrogate pair is never cut in two. */
	public static List<String> split(String text) {
		if (text.length() <= SINGLE_SEGMENT_CHARS) {
			return List.of(text);
		}
		List<String> parts = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = Math.min(start + CONCATENATED_SEGMENT_CHARS, text.length());
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			parts.add(text.substring(start, end));
			start = end;
		}
		return List.copyOf(parts);
	}

	/** How many short messages the text costs. */
	public static int count(String text) {
		return split(text).size();
	}

	/**
	 * The short_message payloads: bare UCS2 for one segment, otherwise each prefixed with a
	 * concatenation UDH carrying {@code reference} (the same for every segment and every retry, so a
	 * handset can join segments sent in different attempts).
	 */
	public static List<byte[]> encode(String text, int reference) {
		List<String> parts = split(text);
		if (parts.size() == 1) {
			return List.of(parts.getFirst().getBytes(StandardCharsets.UTF_16BE));
		}
		if (parts.size() > 255) {
			throw new IllegalArgumentException("A concatenated message has at most 255 segments");
		}
		List<byte[]> payloads = new ArrayList<>(parts.size());
		for (int i = 0; i < parts.size(); i++) {
			byte[] body = parts.get(i).getBytes(StandardCharsets.UTF_16BE);
			byte[] payload = new byte[UDH_PREFIX.length + 3 + body.length];
			System.arraycopy(UDH_PREFIX, 0, payload, 0, UDH_PREFIX.length);
			payload[3] = (byte) reference;
			payload[4] = (byte) parts.size();
			payload[5] = (byte) (i + 1);
			System.arraycopy(body, 0, payload, 6, body.length);
			payloads.add(payload);
		}
		return List.copyOf(payloads);
	}

}
