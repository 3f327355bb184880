package org.sunshine.complaint.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped files against the State Council's notices, day by day. */
class OfficialCalendarFilesTest {

	@ParameterizedTest(name = "{0}: {1} days off, {2} adjusted working days, {3} working days")
	@CsvSource(textBlock = """
			2024, 28, 8, 251
			2025, 28, 5, 248
			2026, 33, 6, 248
			""")
	void shouldHoldTheOfficialNumberOfDaysWhenReadFromTheShippedFile(int year, int daysOff, int adjusted,
			int workingDays) {
		YearCalendar shipped = HolidayCalendarFixture.shipped(year);
		HolidayCalendar calendar = HolidayCalendar.of(List.of(shipped));

		assertThat(shipped.year()).isEqualTo(year);
		assertThat(shipped.daysOff()).hasSize(daysOff);
		assertThat(shipped.adjustedWorkingDays()).hasSize(adjusted);
		assertThat(LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).filter(calendar::isWorkingDay))
			.hasSize(workingDays);
	}

	@ParameterizedTest(name = "{0} {1}..{2}")
	@CsvSource(textBlock = """
			元旦,       2024-01-01, 2024-01-01
			春节,       2024-02-10, 2024-02-17
			清明节,     2024-04-04, 2024-04-06
			劳动节,     2024-05-01, 2024-05-05
			端午节,     2024-06-10, 2024-06-10
			中秋节,     2024-09-15, 2024-09-17
			国庆节,     2024-10-01, 2024-10-07
			元旦,       2025-01-01, 2025-01-01
			春节,       2025-01-28, 2025-02-04
			清明节,     2025-04-04, 2025-04-06
			劳动节,     2025-05-01, 2025-05-05
			端午节,     2025-05-31, 2025-06-02
			国庆节、中秋节, 2025-10-01, 2025-10-08
			元旦,       2026-01-01, 2026-01-03
			春节,       2026-02-15, 2026-02-23
			清明节,     2026-04-04, 2026-04-06
			劳动节,     2026-05-01, 2026-05-05
			端午节,     2026-06-19, 2026-06-21
			中秋节,     2026-09-25, 2026-09-27
			国庆节,     2026-10-01, 2026-10-07
			""")
	void shouldTakeEveryDayOfTheHolidayOffWhenTheNoticeListsIt(String name, LocalDate from, LocalDate to) {
		HolidayCalendar calendar = HolidayCalendarFixture.official();

		assertThat(from.datesUntil(to.plusDays(1)).map(calendar::reasonOff)).allSatisfy(
				(reason) -> assertThat(reason).contains(name));
		assertThat(calendar.reasonOff(from.minusDays(1)).orElse("")).isNotEqualTo(name);
		assertThat(calendar.reasonOff(to.plusDays(1)).orElse("")).isNotEqualTo(name);
	}

	@ParameterizedTest(name = "{0} worked ({1})")
	@CsvSource(textBlock = """
			2024-02-04, 春节调休
			2024-02-18, 春节调休
			2024-04-07, 清明节调休
			2024-04-28, 劳动节调休
			2024-05-11, 劳动节调休
			2024-09-14, 中秋节调休
			2024-09-29, 国庆节调休
			2024-10-12, 国庆节调休
			2025-01-26, 春节调休
			2025-02-08, 春节调休
			2025-04-27, 劳动节调休
			2025-09-28, 国庆节、中秋节调休
			2025-10-11, 国庆节、中秋节调休
			2026-01-04, 元旦调休
			2026-02-14, 春节调休
			2026-02-28, 春节调休
			2026-05-09, 劳动节调休
			2026-09-20, 国庆节调休
			2026-10-10, 国庆节调休
			""")
	void shouldWorkTheWeekendDayWhenTheNoticeAdjustsIt(LocalDate date, String reason) {
		HolidayCalendar calendar = HolidayCalendarFixture.official();

		assertThat(date.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6);
		assertThat(calendar.isWorkingDay(date)).isTrue();
		assertThat(calendar.reasonWorking(date)).contains(reason);
	}

}
