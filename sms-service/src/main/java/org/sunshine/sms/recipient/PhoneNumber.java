package org.sunshine.sms.recipient;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number (11 digits starting 13–19), kept in national form. Its
 * {@link #toString()} is masked so a number never reaches a log line in full.
 */
public record PhoneNumber(String national) {

	/** What callers may send: the national number, optionally prefixed with +86. */
	public static final String PATTERN = "^(?:\\+86)?1[3-9]\\d{9}$";

	private static final Pattern MAINLAND = Pattern.compile("^(?:\\+86)?(1[3-9]\\d{9})$");

	public PhoneNumber {
		if (national == null || !MAINLAND.matcher(national).matches() || national.startsWith("+")) {
			throw new IllegalArgumentException("Not a mainland mobile number");
		}
	}

	public static boolean isValid(String raw) {
		return raw != null && MAINLAND.matcher(raw).matches();
	}

	/** Parses {@code 13812345678} or {@code +8613812345678}. */
	public static PhoneNumber parse(String raw) {
		Matcher matcher = (raw != null) ? MAINLAND.matcher(raw) : null;
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("Not a mainland mobile number");
		}
		return new PhoneNumber(matcher.group(1));
	}

	/** {@code 138****5678}: what staff see and what logs carry. */
	public String masked() {
		return this.national.substring(0, 3) + "****" + this.national.substring(7);
	}

	@Override
	public String toString() {
		return masked();
	}

}
