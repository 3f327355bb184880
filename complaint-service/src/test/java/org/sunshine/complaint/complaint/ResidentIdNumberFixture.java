package org.sunshine.complaint.complaint;

/**
 * Synthetic resident ID numbers (GB 11643) for tests: region 999999 (assigned to no region), a birth
 * date and a sequence, with the check character computed here independently of the main code, from
 * weights 2^(17-i) mod 11.
 */
final class ResidentIdNumberFixture {

	private static final String REGION = "999999";

	private ResidentIdNumberFixture() {
	}

	static String valid(int birthDate, int sequence) {
		String body = REGION + birthDate + String.format("%03d", sequence);
		return body + check(body);
	}

	/** A valid number whose check character is X. */
	static String withCheckX() {
		for (int sequence = 0; sequence < 1000; sequence++) {
			String number = valid(19900101, sequence);
			if (number.endsWith("X")) {
				return number;
			}
		}
		throw new IllegalStateException("No sequence gives X");
	}

	/** A number whose check character is off by one. */
	static String wrongCheck() {
		String number = valid(19850615, 37);
		char right = number.charAt(17);
		char wrong = (right == '0') ? '1' : (right == 'X') ? '0' : (char) (right - 1);
		return number.substring(0, 17) + wrong;
	}

	static char check(String body) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int weight = (1 << (17 - i)) % 11;
			sum += (body.charAt(i) - '0') * weight;
		}
		int check = (12 - (sum % 11)) % 11;
		return (check == 10) ? 'X' : (char) ('0' + check);
	}

}
