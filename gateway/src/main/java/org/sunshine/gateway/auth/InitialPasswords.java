package org.sunshine.gateway.auth;

import java.security.SecureRandom;

/** Generated passwords for new accounts: 20 characters without look-alikes (about 116 bits). */
final class InitialPasswords {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private InitialPasswords() {
	}

	static String generate() {
		char[] chars = new char[20];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(chars);
	}

}
