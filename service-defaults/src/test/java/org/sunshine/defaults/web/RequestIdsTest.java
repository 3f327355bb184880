package org.sunshine.defaults.web;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

	@Test
	void createdIdsAreThirtyTwoHexDigitsAndDoNotRepeat() {
		Set<String> ids = new HashSet<>();
		Set<Character> firstDigits = new HashSet<>();
		Set<Character> lastDigits = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String id = RequestIds.create();
			assertThat(id).matches("[0-9a-f]{32}");
			ids.add(id);
			firstDigits.add(id.charAt(0));
			lastDigits.add(id.charAt(31));
		}
		assertThat(ids).hasSize(10_000);
		// Both halves are filled to their ends: a digit left unwritten would show as a constant here.
		assertThat(firstDigits).hasSize(16);
		assertThat(lastDigits).hasSize(16);
	}

	@Test
	void aPlainCallerIdIsKeptAndAnythingElseReplaced() {
		assertThat(RequestIds.acceptOrCreate("abc12345-request")).isEqualTo("abc12345-request");
		assertThat(RequestIds.acceptOrCreate("short")).matches("[0-9a-f]{32}");
		assertThat(RequestIds.acceptOrCreate("forged\nline")).matches("[0-9a-f]{32}");
		assertThat(RequestIds.acceptOrCreate(null)).matches("[0-9a-f]{32}");
	}

}
