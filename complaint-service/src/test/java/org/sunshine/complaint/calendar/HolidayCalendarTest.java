package org.sunshine.complaint.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HolidayCalendarTest {

	private final HolidayCalendar calendar = HolidayCalendarFixture.official();

	@ParameterizedTest(name = "{0} working={1} reason={2}")
	@CsvSource(nullValues = "-", textBlock = """
			# date,     working, reason off (the Saturday of a holiday is named after the holiday)
			2024-02-09, true,  -
			2024-02-10, false, 春节
			2024-02-12, false, 春节
			# adjusted working Sunday and Saturday
			2024-02-18, true,  -
			2024-09-14, true,  -
			2024-02-24, false, 周末
			2024-06-10, false, 端午节
			2025-10-08, false, 国庆节、中秋节
			2025-10-11, true,  -
			2026-01-04, true,  -
			# the Monday closing the nine-day Spring Festival of 2026
			2026-02-23, false, 春节
			2026-02-28, true,  -
			# no arrangement for 2023 or 2027: weekends only
			2023-10-02, true,  -
			2027-01-01, true,  -
			2027-01-02, false, 周末
			""")
	void shouldTellWorkingDaysAndWhyOthersAreOffWhenAskedAboutARealDate(LocalDate date, boolean working, String reason) {
		assertThat(this.calendar.isWorkingDay(date)).isEqualTo(working);
		assertThat(this.calendar.reasonOff(date).orElse(null)).isEqualTo(reason);
	}

	@Test
	void shouldGiveTheAdjustmentReasonWhenAWeekendDayIsWorked() {
		assertThat(this.calendar.reasonWorking(LocalDate.of(2024, 2, 18))).contains("春节调休");
		assertThat(this.calendar.reasonWorking(LocalDate.of(2024, 2, 19))).isEmpty();
	}

	@Test
	void shouldKnowOnlyTheShippedYearsWhenLoadedFromTheShippedFiles() {
		assertThat(this.calendar.years()).containsExactly(2024, 2025, 2026);
		assertThat(this.calendar.hasYear(2023)).isFalse();
		assertThat(this.calendar.hasYear(2027)).isFalse();
	}

	@Test
	void shouldAddAYearWithoutChangingTheOriginalWhenExtended() {
		YearCalendar year2027 = new YearCalendar(2027, List.of(new CalendarDay(LocalDate.of(2027, 1, 1), "元旦")),
				List.of());

		HolidayCalendar extended = this.calendar.with(year2027);

		assertThat(extended.reasonOff(LocalDate.of(2027, 1, 1))).contains("元旦");
		assertThat(extended.years()).containsExactly(2024, 2025, 2026, 2027);
		assertThat(this.calendar.hasYear(2027)).isFalse();
	}

	@Test
	void shouldRefuseTwoArrangementsWhenTheyAreForTheSameYear() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HolidayCalendar.of(List.of(HolidayCalendarFixture.shipped(2024),
					HolidayCalendarFixture.shipped(2024))))
			.withMessageContaining("2024");
	}

	@Test
	void shouldOnlyTakeWeekendsOffWhenNoArrangementIsKnown() {
		HolidayCalendar weekendsOnly = HolidayCalendar.weekendsOnly();

		assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2024, 2, 12))).isTrue();
		assertThat(weekendsOnly.reasonOff(LocalDate.of(2024, 2, 18))).contains(HolidayCalendar.WEEKEND);
		assertThat(weekendsOnly.years()).isEmpty();
	}

}
