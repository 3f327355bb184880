package org.sunshine.complaint.complaint;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GB 11643 check character. Test numbers are built here from region code 999999, which no region
 * has, so none of them can be a real person's number.
 */
class ResidentIdNumberTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("validNumbers")
	void shouldAcceptTheNumberWhenItsCheckCharacterIsRight(String number) {
		assertThat(ResidentIdNumber.Validator.isValid(number)).isTrue();
	}

	@Test
	void shouldAcceptTheNumberWhenItsCheckCharacterIsXInEitherCase() {
		String withX = ResidentIdNumberFixture.withCheckX();

		assertThat(withX).endsWith("X");
		assertThat(ResidentIdNumber.Validator.isValid(withX)).isTrue();
		assertThat(ResidentIdNumber.Validator.isValid(withX.toLowerCase())).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validNumbers")
	void shouldRefuseTheNumberWhenItsCheckCharacterIsWrong(String number) {
		char right = number.charAt(17);
		for (char wrong : "0123456789X".toCharArray()) {
			if (wrong != right) {
				assertThat(ResidentIdNumber.Validator.isValid(number.substring(0, 17) + wrong)).as("check %s", wrong)
					.isFalse();
			}
		}
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "", "99999920000101001", "9999992000010100123", "999999200001010",
			// the old 15-digit form has no check character
			"999999000101001" })
	void shouldRefuseTheNumberWhenItsLengthIsWrong(String number) {
		assertThat(ResidentIdNumber.Validator.isValid(number)).isFalse();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "99999920000101X001", "9999992000010100 1", "A99999200001010011",
			// full-width digits are not digits of an ID number
			"９９９９９９２０００01010011" })
	void shouldRefuseTheNumberWhenItHasCharactersOtherThanDigitsAndAFinalX(String number) {
		assertThat(ResidentIdNumber.Validator.isValid(number)).isFalse();
	}

	@Test
	void shouldLeaveAnAbsentNumberToOtherConstraintsWhenNullOrEmpty() {
		ResidentIdNumber.Validator validator = new ResidentIdNumber.Validator();

		assertThat(validator.isValid(null, null)).isTrue();
		assertThat(validator.isValid("", null)).isTrue();
		assertThat(validator.isValid(ResidentIdNumberFixture.wrongCheck(), null)).isFalse();
	}

	static Stream<String> validNumbers() {
		return IntStream.of(1, 2, 37, 120, 555, 998).mapToObj((seq) -> ResidentIdNumberFixture.valid(19850615, seq));
	}

}
