package org.sunshine.complaint.calendar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.sunshine.complaint.calendar.CalendarFileException.Code;
import org.sunshine.complaint.calendar.CalendarFileException.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CalendarFileParserTest {

	private static final String VALID = """
			year: 2024
			holidays:
			  - { name: 元旦, date: 2024-01-01 }
			  - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
			adjustedWorkingDays:
			  - { date: "2024-02-04", reason: 春节调休 }
			  - date: 2024-02-18
			    reason: 春节调休
			""";

	@Test
	void shouldExpandRangesAndKeepReasonsWhenTheFileIsValid() {
		YearCalendar year = CalendarFileParser.parse("cn-2024.yml",
				new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)));

		assertThat(year.year()).isEqualTo(2024);
		assertThat(year.daysOff()).hasSize(9)
			.startsWith(new CalendarDay(LocalDate.of(2024, 1, 1), "元旦"), new CalendarDay(LocalDate.of(2024, 2, 10), "春节"))
			.endsWith(new CalendarDay(LocalDate.of(2024, 2, 17), "春节"));
		assertThat(year.adjustedWorkingDays()).containsExactly(new CalendarDay(LocalDate.of(2024, 2, 4), "春节调休"),
				new CalendarDay(LocalDate.of(2024, 2, 18), "春节调休"));
	}

	@Test
	void shouldAcceptAnEmptyListWhenAYearHasNoAdjustedWorkingDays() {
		YearCalendar year = CalendarFileParser.parse("upload", """
				year: 2030
				holidays: [ { name: 元旦, date: 2030-01-01 } ]
				adjustedWorkingDays: []
				""");

		assertThat(year.adjustedWorkingDays()).isEmpty();
	}

	static Stream<Arguments> invalidFiles() {
		return Stream.of(
				arguments("a date listed twice as a holiday", """
						year: 2024
						holidays:
						  - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
						  - { name: 春节, date: 2024-02-12 }
						adjustedWorkingDays: []
						""", new Problem("holidays[1].date", LocalDate.of(2024, 2, 12), Code.DUPLICATE_DATE,
						"listed twice (first at holidays[0])")),
				arguments("a date listed twice as a working day", """
						year: 2024
						holidays: []
						adjustedWorkingDays:
						  - { date: 2024-02-04, reason: 春节调休 }
						  - { date: 2024-02-04, reason: 春节调休 }
						""", new Problem("adjustedWorkingDays[1].date", LocalDate.of(2024, 2, 4), Code.DUPLICATE_DATE,
						"listed twice (first at adjustedWorkingDays[0])")),
				arguments("a date both off and working", """
						year: 2024
						holidays:
						  - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
						adjustedWorkingDays:
						  - { date: 2024-02-11, reason: 春节调休 }
						""", new Problem("adjustedWorkingDays[0].date", LocalDate.of(2024, 2, 11), Code.OFF_AND_WORKING,
						"both a day off (holidays[0], 春节) and a working day")),
				arguments("a holiday outside the file's year", """
						year: 2024
						holidays:
						  - { name: 元旦, date: 2025-01-01 }
						adjustedWorkingDays: []
						""", new Problem("holidays[0].date", LocalDate.of(2025, 1, 1), Code.OUTSIDE_YEAR,
						"outside the file's year 2024")),
				arguments("a range running into the next year", """
						year: 2024
						holidays:
						  - { name: 元旦, from: 2024-12-31, to: 2025-01-01 }
						adjustedWorkingDays: []
						""", new Problem("holidays[0]", LocalDate.of(2025, 1, 1), Code.OUTSIDE_YEAR,
						"outside the file's year 2024")),
				arguments("a working day outside the file's year", """
						year: 2024
						holidays: []
						adjustedWorkingDays:
						  - { date: 2025-01-26, reason: 春节调休 }
						""", new Problem("adjustedWorkingDays[0].date", LocalDate.of(2025, 1, 26), Code.OUTSIDE_YEAR,
						"outside the file's year 2024")),
				arguments("a weekday given as adjusted working day", """
						year: 2024
						holidays: []
						adjustedWorkingDays:
						  - { date: 2024-02-05, reason: 春节调休 }
						""", new Problem("adjustedWorkingDays[0].date", LocalDate.of(2024, 2, 5), Code.NOT_A_WEEKEND,
						"a Monday is a working day anyway; only a Saturday or Sunday can be an adjusted working day")),
				arguments("a range ending before it starts", """
						year: 2024
						holidays:
						  - { name: 春节, from: 2024-02-17, to: 2024-02-10 }
						adjustedWorkingDays: []
						""", new Problem("holidays[0].to", LocalDate.of(2024, 2, 10), Code.INVALID_RANGE,
						"the range ends before it starts (2024-02-17)")),
				arguments("a range of months", """
						year: 2024
						holidays:
						  - { name: 春节, from: 2024-02-10, to: 2024-04-10 }
						adjustedWorkingDays: []
						""", new Problem("holidays[0].to", LocalDate.of(2024, 4, 10), Code.INVALID_RANGE,
						"a holiday of more than 31 days (from 2024-02-10)")),
				arguments("a malformed date", """
						year: 2024
						holidays:
						  - { name: 元旦, date: 2024-1-1 }
						adjustedWorkingDays: []
						""", new Problem("holidays[0].date", null, Code.INVALID_DATE,
						"'2024-1-1' is not a date (yyyy-MM-dd)")),
				arguments("a holiday without a name", """
						year: 2024
						holidays:
						  - { date: 2024-01-01 }
						adjustedWorkingDays: []
						""", new Problem("holidays[0].name", null, Code.MISSING, "a non-blank text is required")),
				arguments("a misspelt field", """
						year: 2024
						holidays: []
						adjustedWorkdays: []
						adjustedWorkingDays: []
						""", new Problem("adjustedWorkdays", null, Code.UNKNOWN_FIELD,
						"unknown field; expected one of [adjustedWorkingDays, holidays, year]")),
				arguments("a missing list", """
						year: 2024
						holidays: []
						""", new Problem("adjustedWorkingDays", null, Code.MISSING,
						"the list is missing (write [] for none)")),
				arguments("a year that is not the file name's", """
						year: 2025
						holidays: []
						adjustedWorkingDays: []
						""", new Problem("year", null, Code.YEAR_MISMATCH,
						"year 2025 does not match the file name's year 2024")),
				arguments("a key repeated in a mapping", """
						year: 2024
						holidays:
						  - { name: 元旦, date: 2024-01-01, date: 2024-01-02 }
						adjustedWorkingDays: []
						""", new Problem("line 3, column 35", null, Code.SYNTAX, "found duplicate key date")),
				arguments("a list instead of a mapping", """
						- 2024-01-01
						""", new Problem("document", null, Code.WRONG_TYPE,
						"expected a mapping with year, holidays and adjustedWorkingDays")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidFiles")
	void shouldNameTheFieldDateAndProblemWhenTheFileIsInvalid(String scenario, String yaml, Problem expected) {
		CalendarFileException ex = catchThrowableOfType(CalendarFileException.class,
				() -> CalendarFileParser.parse("calendar/cn-2024.yml", yaml));

		assertThat(ex.source()).isEqualTo("calendar/cn-2024.yml");
		assertThat(ex.problems()).containsExactly(expected);
		assertThat(ex.getMessage()).startsWith("Invalid holiday calendar calendar/cn-2024.yml: ")
			.contains(expected.toString());
	}

	@Test
	void shouldReportEveryProblemWhenTheFileHasSeveral() {
		CalendarFileException ex = catchThrowableOfType(CalendarFileException.class,
				() -> CalendarFileParser.parse("calendar/cn-2024.yml", """
						year: 2024
						holidays:
						  - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
						  - { name: 春节, date: 2024-02-17 }
						adjustedWorkingDays:
						  - { date: 2024-02-10, reason: 春节调休 }
						  - { date: 2023-02-04, reason: 春节调休 }
						"""));

		assertThat(ex.problems()).extracting(Problem::code)
			.containsExactly(Code.DUPLICATE_DATE, Code.OFF_AND_WORKING, Code.OUTSIDE_YEAR);
		assertThat(ex.getMessage()).contains("holidays[1].date 2024-02-17: listed twice (first at holidays[0])",
				"adjustedWorkingDays[0].date 2024-02-10: both a day off", "adjustedWorkingDays[1].date 2023-02-04");
	}

}
