package org.sunshine.sms.limit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final QuietHours quietHours = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), SHANGHAI);

	@ParameterizedTest(name = "NORMAL at {0} goes at {1}")
	@CsvSource({ "2026-11-23T21:59:59, 2026-11-23T21:59:59", "2026-11-23T22:00:00, 2026-11-24T08:00:00",
			"2026-11-23T23:30:00, 2026-11-24T08:00:00", "2026-11-24T00:00:00, 2026-11-24T08:00:00",
			"2026-11-24T07:59:59, 2026-11-24T08:00:00", "2026-11-24T08:00:00, 2026-11-24T08:00:00",
			"2026-12-31T23:00:00, 2027-01-01T08:00:00", "2026-11-24T12:00:00, 2026-11-24T12:00:00" })
	void shouldHoldUntilMorningWhenNotUrgentAndInQuietHours(String local, String expected) {
		assertThat(this.quietHours.releaseAt(at(local), false)).isEqualTo(at(expected));
	}

	@ParameterizedTest
	@CsvSource({ "2026-11-23T22:00:00", "2026-11-24T03:00:00", "2026-11-24T07:59:59" })
	void shouldNeverHoldWhenUrgent(String local) {
		assertThat(this.quietHours.releaseAt(at(local), true)).isEqualTo(at(local));
	}

	@ParameterizedTest
	@CsvSource({ "2026-11-23T12:59:00, 2026-11-23T12:59:00", "2026-11-23T13:00:00, 2026-11-23T14:00:00",
			"2026-11-23T13:59:59, 2026-11-23T14:00:00" })
	void shouldHoldWithinSameDayWhenWindowDoesNotCrossMidnight(String local, String expected) {
		QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), SHANGHAI);

		assertThat(lunch.releaseAt(at(local), false)).isEqualTo(at(expected));
	}

	private static Instant at(String local) {
		return ZonedDateTime.of(LocalDateTime.parse(local), SHANGHAI).toInstant();
	}

}
