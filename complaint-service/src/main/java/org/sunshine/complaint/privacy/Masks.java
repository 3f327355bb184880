package org.sunshine.complaint.privacy;

/** How personal data is shown where it must appear at all: partly hidden. */
public final class Masks {

	private Masks() {
	}

	/** {@code 13812345678} → {@code 138****5678}. */
	public static String phone(String phone) {
		if (phone == null || phone.length() < 7) {
			return (phone == null) ? null : "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

	/** {@code 张三丰} → {@code 张**}. */
	public static String name(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		// A rare character (生僻字) outside the BMP is two UTF-16 units: keep it whole.
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
	}

}
