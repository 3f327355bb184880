package org.sunshine.complaint.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret a complainant follows a complaint with: 130 random bits, shown once, stored only as a
 * hash. A fast hash is enough because the code is random, not a chosen password.
 */
final class AccessCodes {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	// 27 characters from a 30-letter alphabet carry log2(30) * 27 ≈ 132 bits.
	private static final int LENGTH = 27;

	private final SecureRandom random = new SecureRandom();

	String generate() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	static String hash(String code) {
		return HexFormat.of().formatHex(sha256(normalise(code)));
	}

	static boolean matches(String code, String expectedHash) {
		if (code == null || expectedHash == null) {
			return false;
		}
		return MessageDigest.isEqual(sha256(normalise(code)), HexFormat.of().parseHex(expectedHash));
	}

	/** People type codes with spaces or lower case; neither should matter. */
	private static String normalise(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
