package org.sunshine.complaint.complaint;

/**
 * How a workflow request arrived: its Idempotency-Key and fingerprint (both null without a key) and the
 * version named by If-Match (null without one).
 */
record StepRequest(String key, String fingerprint, Long ifMatch) {

	/** {@code "3"}, {@code W/"3"} or {@code 3} → 3; anything else names no version we ever issued. */
	static Long parseIfMatch(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
