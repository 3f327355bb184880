package org.sunshine.complaint.complaint;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Tracking numbers like {@code T241123-7KQ2MZ}: the day it was received, then six random characters
 * from an alphabet without look-alikes (no I, L, O, U, 0, 1), so a number is short, easy to read out
 * on the phone, and says nothing about how many complaints came before it.
 */
final class TrackingNumbers {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final SecureRandom random = new SecureRandom();

	private final ZoneId zone;

	TrackingNumbers(ZoneId zone) {
		this.zone = zone;
	}

	String next(Instant receivedAt) {
		StringBuilder number = new StringBuilder("T").append(DAY.format(receivedAt.atZone(this.zone))).append('-');
		for (int i = 0; i < 6; i++) {
			number.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return number.toString();
	}

	static boolean isWellFormed(String candidate) {
		return candidate != null && candidate.matches("T\\d{6}-[2-9A-HJKMNP-TV-Z]{6}");
	}

}
