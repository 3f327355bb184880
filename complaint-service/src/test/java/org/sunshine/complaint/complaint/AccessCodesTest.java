package org.sunshine.complaint.complaint;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodesTest {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final AccessCodes codes = new AccessCodes();

	@Test
	void shouldCarryAtLeast128BitsWhenGenerated() {
		Set<String> drawn = new HashSet<>();
		IntStream.range(0, 1000).forEach((i) -> drawn.add(this.codes.generate()));
		Set<Character> used = new HashSet<>();
		drawn.forEach((code) -> code.chars().forEach((c) -> used.add((char) c)));

		assertThat(drawn).hasSize(1000).allMatch((code) -> code.matches("[" + ALPHABET + "]{27}"));
		// 27,000 random characters show the whole alphabet the codes are drawn from.
		assertThat(used).hasSize(ALPHABET.length());
		assertThat(27 * Math.log(used.size()) / Math.log(2)).isGreaterThanOrEqualTo(128);
	}

	@Test
	void shouldStoreOnlyAHashWhenHashed() {
		String code = this.codes.generate();

		String hash = AccessCodes.hash(code);

		assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(code);
		assertThat(AccessCodes.hash(code)).isEqualTo(hash);
		assertThat(AccessCodes.matches(code, hash)).isTrue();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "k7q2mz9p3rtv5wx8yh4n6abcdef", "K7Q2M Z9P3R TV5WX 8YH4N 6ABCD EF",
			"K7Q2M-Z9P3R-TV5WX-8YH4N-6ABCDEF",
			" k7q2mZ9P3RTV5WX8YH4N6ABCDEF\t" })
	void shouldMatchWhenTheCodeIsTypedInLowerCaseOrWithSpaces(String typed) {
		String hash = AccessCodes.hash("K7Q2MZ9P3RTV5WX8YH4N6ABCDEF");

		assertThat(AccessCodes.matches(typed, hash)).isTrue();
	}

	@Test
	void shouldNotMatchWhenTheCodeIsWrongOrMissing() {
		String code = this.codes.generate();
		String hash = AccessCodes.hash(code);
		String oneCharacterOff = code.substring(0, 26) + ((code.charAt(26) == '2') ? '3' : '2');

		assertThat(AccessCodes.matches(oneCharacterOff, hash)).isFalse();
		assertThat(AccessCodes.matches(this.codes.generate(), hash)).isFalse();
		assertThat(AccessCodes.matches("", hash)).isFalse();
		assertThat(AccessCodes.matches(null, hash)).isFalse();
		assertThat(AccessCodes.matches(code, null)).isFalse();
	}

}
