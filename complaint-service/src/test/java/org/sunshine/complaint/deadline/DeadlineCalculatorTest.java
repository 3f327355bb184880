package org.sunshine.complaint.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sunshine.complaint.calendar.HolidayCalendar;
import org.sunshine.complaint.calendar.HolidayCalendarFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeadlineCalculatorTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendarFixture.official(), SHANGHAI);

	@ParameterizedTest(name = "{0}: received {1} + {2} {3} days -> {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# scenario                                   | received                  | days | unit     | due                       | missing years
			issue example, Sunday 18 Feb is worked       | 2024-02-09T10:00+08:00    | 5    | WORKING  | 2024-02-22T23:59:59+08:00 |
			late-evening receipt counts from tomorrow    | 2024-02-08T23:30+08:00    | 5    | WORKING  | 2024-02-21T23:59:59+08:00 |
			receipt in UTC is a Shanghai Friday          | 2024-02-08T16:30Z         | 5    | WORKING  | 2024-02-22T23:59:59+08:00 |
			receipt in UTC still a Shanghai Thursday     | 2024-02-08T15:30Z         | 5    | WORKING  | 2024-02-21T23:59:59+08:00 |
			received on an adjusted working Sunday       | 2024-02-04T09:00+08:00    | 5    | WORKING  | 2024-02-09T23:59:59+08:00 |
			received on an adjusted Sunday before 国庆    | 2024-09-29T09:00+08:00    | 3    | WORKING  | 2024-10-09T23:59:59+08:00 |
			adjusted working Sunday is the due day       | 2024-04-27T12:00+08:00    | 1    | WORKING  | 2024-04-28T23:59:59+08:00 |
			received on a holiday                        | 2024-10-03T11:00+08:00    | 2    | WORKING  | 2024-10-09T23:59:59+08:00 |
			received on New Year's Day                   | 2025-01-01T08:00+08:00    | 3    | WORKING  | 2025-01-06T23:59:59+08:00 |
			National Day 2024 ends on a worked Saturday  | 2024-09-30T14:00+08:00    | 5    | WORKING  | 2024-10-12T23:59:59+08:00 |
			National Day 2025, eight days                | 2025-09-30T17:00+08:00    | 5    | WORKING  | 2025-10-14T23:59:59+08:00 |
			Spring Festival 2025 from the day before     | 2025-01-27T09:00+08:00    | 5    | WORKING  | 2025-02-10T23:59:59+08:00 |
			Spring Festival 2025 from a Saturday         | 2025-01-25T09:00+08:00    | 5    | WORKING  | 2025-02-07T23:59:59+08:00 |
			Spring Festival 2026, nine days              | 2026-02-13T15:00+08:00    | 5    | WORKING  | 2026-02-27T23:59:59+08:00 |
			Spring Festival 2026 with both worked Sats   | 2026-02-13T15:00+08:00    | 7    | WORKING  | 2026-03-02T23:59:59+08:00 |
			year end 2024 into 2025                      | 2024-12-30T10:00+08:00    | 5    | WORKING  | 2025-01-07T23:59:59+08:00 |
			year end 2026 into an unknown 2027           | 2026-12-30T10:00+08:00    | 5    | WORKING  | 2027-01-06T23:59:59+08:00 | 2027
			from an unknown 2023 into 2024               | 2023-12-29T10:00+08:00    | 2    | WORKING  | 2024-01-03T23:59:59+08:00 | 2023
			zero working days ends the day of receipt    | 2024-02-10T10:00+08:00    | 0    | WORKING  | 2024-02-10T23:59:59+08:00 |
			calendar days ignore holidays                | 2024-02-09T10:00+08:00    | 7    | CALENDAR | 2024-02-16T23:59:59+08:00 |
			calendar days from a late-evening receipt    | 2024-09-30T23:30+08:00    | 7    | CALENDAR | 2024-10-07T23:59:59+08:00 |
			calendar days into an unknown year           | 2026-12-30T10:00+08:00    | 7    | CALENDAR | 2027-01-06T23:59:59+08:00 |
			""")
	void shouldFallDueAtTheEndOfTheLastDayWhenCountedFromTheDayAfterReceipt(String scenario, OffsetDateTime received,
			int days, DayUnit unit, OffsetDateTime due, String missingYears) {
		Deadline deadline = this.calculator.dueAt(received, new DeadlineRule(days, unit));

		assertThat(deadline.due()).isEqualTo(due);
		assertThat(deadline.due().getOffset()).isEqualTo(due.getOffset());
		assertThat(deadline.missingYears()).isEqualTo(years(missingYears));
		assertThat(deadline.estimated()).isEqualTo(missingYears != null);
		assertThat(deadline.workingDaysCounted()).hasSize(days);
	}

	@Test
	void shouldCountTheWorkedSundayAndSkipTheSpringFestivalWhenReceivedTheFridayBefore() {
		Deadline deadline = this.calculator.dueAt(ZonedDateTime.of(2024, 2, 9, 10, 0, 0, 0, SHANGHAI),
				DeadlineRule.workingDays(5));

		assertThat(deadline.due()).isEqualTo(OffsetDateTime.parse("2024-02-22T23:59:59+08:00"));
		assertThat(deadline.workingDaysCounted()).containsExactly(LocalDate.of(2024, 2, 18), LocalDate.of(2024, 2, 19),
				LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 21), LocalDate.of(2024, 2, 22));
		assertThat(deadline.skipped()).hasSize(8)
			.allSatisfy((day) -> assertThat(day.reason()).isEqualTo("春节"))
			.extracting(SkippedDay::date)
			.containsExactlyElementsOf(LocalDate.of(2024, 2, 10).datesUntil(LocalDate.of(2024, 2, 18)).toList());
		assertThat(deadline.estimated()).isFalse();
	}

	@Test
	void shouldFallDueEarlierWhenOnlyWeekendsAreOff() {
		DeadlineCalculator weekendsOnly = new DeadlineCalculator(HolidayCalendar.weekendsOnly(), SHANGHAI);

		Deadline deadline = weekendsOnly.dueAt(OffsetDateTime.parse("2024-02-09T10:00+08:00"),
				DeadlineRule.workingDays(5));

		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2024, 2, 16));
		assertThat(deadline.skipped()).extracting(SkippedDay::reason).containsOnly(HolidayCalendar.WEEKEND);
		assertThat(deadline.missingYears()).containsExactly(2024);
	}

	@Test
	void shouldCountWeekdaysOfTheUnknownYearWhenCrossingIntoIt() {
		Deadline deadline = this.calculator.dueAt(OffsetDateTime.parse("2026-12-30T10:00+08:00"),
				DeadlineRule.workingDays(5));

		assertThat(deadline.workingDaysCounted()).containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6));
		assertThat(deadline.skipped()).containsExactly(new SkippedDay(LocalDate.of(2027, 1, 2), "周末"),
				new SkippedDay(LocalDate.of(2027, 1, 3), "周末"));
	}

	@Test
	void shouldListEveryCalendarDayAndSkipNoneWhenCountingCalendarDays() {
		Deadline deadline = this.calculator.dueAt(OffsetDateTime.parse("2024-02-09T10:00+08:00"),
				DeadlineRule.calendarDays(3));

		assertThat(deadline.workingDaysCounted()).containsExactly(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11),
				LocalDate.of(2024, 2, 12));
		assertThat(deadline.skipped()).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource(textBlock = """
			2024-02-09, 2024-02-22,  5
			2024-02-22, 2024-02-09, -5
			2024-02-09, 2024-02-17,  0
			2024-02-09, 2024-02-09,  0
			2024-12-30, 2025-01-07,  5
			2025-09-30, 2025-10-11,  3
			""")
	void shouldCountWorkingDaysAfterTheFirstUpToTheLastWhenAskedBetweenTwoDates(LocalDate from, LocalDate to,
			int expected) {
		assertThat(this.calculator.workingDaysBetween(from, to)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "at {0}: {1} left, due today {2}, overdue {3}")
	@CsvSource(textBlock = """
			# now, due 2024-02-22T23:59:59+08:00 (a Thursday)
			2024-02-16T10:00+08:00,  5, false, false
			2024-02-20T10:00+08:00,  2, false, false
			2024-02-21T08:00+08:00,  1, false, false
			2024-02-22T00:00+08:00,  0, true,  false
			2024-02-22T15:59:59Z,    0, true,  false
			2024-02-22T16:00:00Z,   -1, false, true
			2024-02-24T09:00+08:00, -1, false, true
			2024-02-27T09:00+08:00, -3, false, true
			""")
	void shouldTellTheWorkingDaysLeftWhenTheClockReadsAGivenMoment(OffsetDateTime now, int left, boolean dueToday,
			boolean overdue) {
		Clock clock = Clock.fixed(now.toInstant(), SHANGHAI);

		Countdown countdown = this.calculator.countdown(OffsetDateTime.parse("2024-02-22T23:59:59+08:00"),
				clock.instant());

		assertThat(countdown).isEqualTo(new Countdown(left, dueToday, overdue));
	}

	@Test
	void shouldRefuseARuleWhenItsDaysAreNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlineRule.workingDays(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlineRule.calendarDays(DeadlineRule.MAX_DAYS + 1));
	}

	private static List<Integer> years(String years) {
		return (years == null) ? List.of() : Arrays.stream(years.split(" ")).map(Integer::valueOf).toList();
	}

}
