package org.sunshine.complaint.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sunshine.complaint.calendar.HolidayCalendarFixture;
import org.sunshine.complaint.deadline.DeadlineCalculator;

import static org.assertj.core.api.Assertions.assertThat;

/** Warning levels on the shipped 2024–2026 calendars: holidays are not working days, 调休 weekends are. */
class WarningGraderTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final WarningGrader grader = new WarningGrader(
			new DeadlineCalculator(HolidayCalendarFixture.official(), SHANGHAI));

	@ParameterizedTest(name = "{0}: due {1}, now {2} -> {3} {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# scenario                                           | due day    | now                       | level  | occurrence
			three working days left: no warning                  | 2024-02-22 | 2024-02-19T10:00+08:00    | -      | -
			two working days left: blue                          | 2024-02-22 | 2024-02-20T10:00+08:00    | BLUE   | 1
			one working day left: blue                           | 2024-02-22 | 2024-02-21T18:00+08:00    | BLUE   | 1
			worked Sunday 18 Feb counts, four days left          | 2024-02-22 | 2024-02-18T10:00+08:00    | -      | -
			Spring Festival: blue ten calendar days ahead        | 2024-02-19 | 2024-02-09T10:00+08:00    | BLUE   | 1
			Spring Festival: 18, 19, 20 Feb left, no warning   | 2024-02-20 | 2024-02-09T10:00+08:00    | -      | -
			holiday Saturday, worked Sunday and Monday left      | 2024-02-19 | 2024-02-17T10:00+08:00    | BLUE   | 1
			due day morning: yellow                              | 2024-02-22 | 2024-02-22T00:00:01+08:00 | YELLOW | 1
			due day last second: still yellow                    | 2024-02-22 | 2024-02-22T23:59:59+08:00 | YELLOW | 1
			due on an adjusted working Sunday: yellow that day   | 2024-04-28 | 2024-04-28T10:00+08:00    | YELLOW | 1
			due on an adjusted working Sunday: blue on Friday    | 2024-04-28 | 2024-04-26T10:00+08:00    | BLUE   | 1
			first moment overdue: red 1                          | 2024-02-22 | 2024-02-23T00:00+08:00    | RED    | 1
			overdue over the weekend: still red 1                | 2024-02-22 | 2024-02-25T12:00+08:00    | RED    | 1
			next working day overdue: red 2                      | 2024-02-22 | 2024-02-26T09:00+08:00    | RED    | 2
			and one more each working day: red 3                 | 2024-02-22 | 2024-02-27T09:00+08:00    | RED    | 3
			overdue into National Day: red 1 through the holiday | 2024-09-30 | 2024-10-07T12:00+08:00    | RED    | 1
			first working day after National Day: red 2          | 2024-09-30 | 2024-10-08T09:00+08:00    | RED    | 2
			worked Saturday 12 Oct counts: red 6                 | 2024-09-30 | 2024-10-12T09:00+08:00    | RED    | 6
			Sunday after: still red 6                            | 2024-09-30 | 2024-10-13T09:00+08:00    | RED    | 6
			year end, New Year's Day off: blue                   | 2024-12-31 | 2024-12-30T09:00+08:00    | BLUE   | 1
			over New Year 2025: red 2 on 2 January               | 2024-12-31 | 2025-01-02T09:00+08:00    | RED    | 2
			Spring Festival 2026, nine days: blue from 13 Feb    | 2026-02-24 | 2026-02-13T09:00+08:00    | BLUE   | 1
			Spring Festival 2026: 14 Feb is a worked Saturday    | 2026-02-24 | 2026-02-12T09:00+08:00    | -      | -
			""")
	void shouldGradeTheReplyDeadlineInWorkingDaysWhenHolidaysAndAdjustedWeekendsAreInTheWay(String scenario,
			LocalDate dueDay, OffsetDateTime now, WarningLevel level, Integer occurrence) {
		Optional<Grade> grade = this.grader.grade(endOf(dueDay), now.toInstant());

		if (level == null) {
			assertThat(grade).isEmpty();
		}
		else {
			assertThat(grade).contains(new Grade(level, occurrence));
		}
	}

	@Test
	void shouldWarnAboutAcceptanceOnlyWhenItsWorkingDayHasPassed() {
		// Received Friday 9 Feb 2024: one working day is the worked Sunday 18 Feb, after the Spring Festival.
		Instant acceptDueAt = endOf(LocalDate.of(2024, 2, 18));

		assertThat(this.grader.gradeAcceptance(acceptDueAt, OffsetDateTime.parse("2024-02-14T10:00+08:00").toInstant()))
			.isEmpty();
		assertThat(this.grader.gradeAcceptance(acceptDueAt, OffsetDateTime.parse("2024-02-18T23:59:59+08:00").toInstant()))
			.isEmpty();
		assertThat(this.grader.gradeAcceptance(acceptDueAt, OffsetDateTime.parse("2024-02-19T00:00+08:00").toInstant()))
			.contains(new Grade(WarningLevel.ACCEPTANCE, 1));
	}

	/**
	 * The scan reads only complaints due before the horizon; that must be exactly the set that deserves a
	 * warning, every day of the shipped years (holidays, 调休 and year ends included).
	 */
	@Test
	void shouldPutTheHorizonExactlyWhereWarningsStartWhenCheckedOnEveryDayOfTheShippedYears() {
		for (LocalDate today = LocalDate.of(2024, 1, 1); today.isBefore(LocalDate.of(2026, 12, 1)); today = today
			.plusDays(1)) {
			Instant now = today.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
			Instant horizon = this.grader.horizon(now);
			for (int ahead = 0; ahead <= 20; ahead++) {
				Instant due = endOf(today.plusDays(ahead));
				assertThat(this.grader.grade(due, now).isPresent())
					.as("due %s seen on %s (horizon %s)", due, today, horizon)
					.isEqualTo(due.isBefore(horizon));
			}
		}
	}

	private static Instant endOf(LocalDate day) {
		return day.atTime(DeadlineCalculator.END_OF_DAY).atZone(SHANGHAI).toInstant();
	}

}
