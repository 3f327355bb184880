package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingNumbersTest {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final TrackingNumbers numbers = new TrackingNumbers(ZoneId.of("Asia/Shanghai"));

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			// 00:30 Beijing time is still the previous day in UTC
			"2024-11-22T16:30:00Z, T241123-", "2024-11-23T15:59:59Z, T241123-", "2024-12-31T16:00:00Z, T250101-" })
	void shouldStartWithTheBeijingDayWhenTheComplaintWasReceived(Instant receivedAt, String prefix) {
		String number = this.numbers.next(receivedAt);

		assertThat(number).startsWith(prefix).hasSize(14);
		assertThat(TrackingNumbers.isWellFormed(number)).isTrue();
	}

	@Test
	void shouldDrawUnrelatedNumbersWhenManyAreTakenOnOneDay() {
		Instant receivedAt = Instant.parse("2025-03-03T02:00:00Z");
		List<String> drawn = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			drawn.add(this.numbers.next(receivedAt));
		}

		assertThat(drawn).allMatch(TrackingNumbers::isWellFormed);
		// 30^6 suffixes: one repeat among 1,000 draws has odds of about 1 in 1,500, two about 1 in 4 million.
		assertThat(new HashSet<>(drawn)).hasSizeGreaterThanOrEqualTo(999);
		List<String> suffixes = drawn.stream().map((number) -> number.substring(8)).toList();
		assertThat(suffixes).as("a counter would come out in order").isNotEqualTo(suffixes.stream().sorted().toList());
		Set<Character> used = suffixes.stream()
			.flatMap((suffix) -> suffix.chars().mapToObj((c) -> (char) c))
			.collect(Collectors.toSet());
		assertThat(used).as("6,000 random characters use the whole alphabet")
			.containsExactlyInAnyOrderElementsOf(ALPHABET.chars().mapToObj((c) -> (char) c).toList());
	}

	@ParameterizedTest(name = "\"{0}\"")
	@NullSource
	@ValueSource(strings = { "", "T241123-7KQ2M", "T241123-7KQ2MZZ", "t241123-7KQ2MZ", "T241123-7kq2mz",
			"T241123_7KQ2MZ", "X241123-7KQ2MZ", "T24112-7KQ2MZ3",
			// look-alikes the alphabet leaves out
			"T241123-7KQ2MI", "T241123-7KQ2ML", "T241123-7KQ2MO", "T241123-7KQ2MU", "T241123-7KQ2M0",
			"T241123-7KQ2M1", "../../etc/passwd" })
	void shouldRefuseTheNumberWhenItIsNotInTheIssuedForm(String candidate) {
		assertThat(TrackingNumbers.isWellFormed(candidate)).isFalse();
	}

	@Test
	void shouldAcceptTheDocumentedExampleWhenWellFormed() {
		assertThat(TrackingNumbers.isWellFormed("T241123-7KQ2MZ")).isTrue();
	}

}
