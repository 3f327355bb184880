package org.sunshine.complaint.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sunshine.complaint.calendar.CalendarFileException.Code;
import org.sunshine.complaint.calendar.CalendarFileException.Problem;

/**
 * One reading of a calendar file's YAML tree for {@link CalendarFileParser}: every problem is collected,
 * not thrown one at a time, so an administrator can fix a file in one go.
 */
final class CalendarFileReader {

	/** A holiday longer than this is a typo in a range, not a holiday. */
	static final int MAX_HOLIDAY_DAYS = 31;

	private static final Pattern YEAR_IN_NAME = Pattern.compile("(?:^|[^0-9])(\\d{4})\\.ya?ml$");

	private static final Set<String> TOP_LEVEL_FIELDS = Set.of("year", "holidays", "adjustedWorkingDays");

	private static final Set<String> HOLIDAY_FIELDS = Set.of("name", "date", "from", "to");

	private static final Set<String> WORKING_DAY_FIELDS = Set.of("date", "reason");

	private final String source;

	private final List<Problem> problems = new ArrayList<>();

	/** Where each date was first listed, to name it in duplicate messages. */
	private final Map<LocalDate, String> offAt = new HashMap<>();

	private final Map<LocalDate, String> workingAt = new HashMap<>();

	private final Map<LocalDate, String> daysOff = new LinkedHashMap<>();

	private final Map<LocalDate, String> workingDays = new LinkedHashMap<>();

	private Integer year;

	CalendarFileReader(String source) {
		this.source = source;
	}

	YearCalendar read(Object root) {
		if (!(root instanceof Map<?, ?> document)) {
			throw new CalendarFileException(this.source, List.of(new Problem("document", null,
					(root == null) ? Code.MISSING : Code.WRONG_TYPE,
					"expected a mapping with year, holidays and adjustedWorkingDays")));
		}
		unknownFields("", document, TOP_LEVEL_FIELDS);
		readYear(document.get("year"));
		List<?> holidays = list("holidays", document.get("holidays"));
		for (int i = 0; i < holidays.size(); i++) {
			readHoliday("holidays[" + i + "]", holidays.get(i));
		}
		List<?> adjusted = list("adjustedWorkingDays", document.get("adjustedWorkingDays"));
		for (int i = 0; i < adjusted.size(); i++) {
			readWorkingDay("adjustedWorkingDays[" + i + "]", adjusted.get(i));
		}
		if (!this.problems.isEmpty()) {
			throw new CalendarFileException(this.source, this.problems);
		}
		return new YearCalendar(this.year, days(this.daysOff), days(this.workingDays));
	}

	private void readYear(Object value) {
		if (value == null) {
			problem("year", null, Code.MISSING, "the year is missing");
			return;
		}
		if (!(value instanceof Integer number) || number < 1000 || number > 9999) {
			problem("year", null, Code.WRONG_TYPE, "expected a four-digit year, found '" + value + "'");
			return;
		}
		this.year = number;
		Matcher name = YEAR_IN_NAME.matcher(this.source);
		if (name.find() && Integer.parseInt(name.group(1)) != number) {
			problem("year", null, Code.YEAR_MISMATCH,
					"year " + number + " does not match the file name's year " + name.group(1));
		}
	}

	private void readHoliday(String field, Object value) {
		if (!(value instanceof Map<?, ?> holiday)) {
			problem(field, null, Code.WRONG_TYPE, "expected a mapping with name and date, or name, from and to");
			return;
		}
		unknownFields(field + ".", holiday, HOLIDAY_FIELDS);
		String name = text(field + ".name", holiday.get("name"));
		List<LocalDate> dates = holidayDates(field, holiday);
		if (name == null) {
			return;
		}
		String dateField = holiday.containsKey("date") ? field + ".date" : field;
		for (LocalDate date : dates) {
			if (inYear(dateField, date) && notListed(dateField, date, this.offAt)) {
				this.offAt.put(date, dateField);
				this.daysOff.put(date, name);
			}
		}
	}

	private List<LocalDate> holidayDates(String field, Map<?, ?> holiday) {
		boolean single = holiday.containsKey("date");
		boolean range = holiday.containsKey("from") || holiday.containsKey("to");
		if (single && range) {
			problem(field, null, Code.INVALID_RANGE, "give either date, or from and to, not both");
			return List.of();
		}
		if (single) {
			LocalDate date = date(field + ".date", holiday.get("date"));
			return (date != null) ? List.of(date) : List.of();
		}
		LocalDate from = date(field + ".from", holiday.get("from"));
		LocalDate to = date(field + ".to", holiday.get("to"));
		if (from == null || to == null) {
			return List.of();
		}
		if (to.isBefore(from)) {
			problem(field + ".to", to, Code.INVALID_RANGE, "the range ends before it starts (" + from + ")");
			return List.of();
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_HOLIDAY_DAYS) {
			problem(field + ".to", to, Code.INVALID_RANGE,
					"a holiday of more than " + MAX_HOLIDAY_DAYS + " days (from " + from + ")");
			return List.of();
		}
		return from.datesUntil(to.plusDays(1)).toList();
	}

	private void readWorkingDay(String field, Object value) {
		if (!(value instanceof Map<?, ?> workingDay)) {
			problem(field, null, Code.WRONG_TYPE, "expected a mapping with date and reason");
			return;
		}
		unknownFields(field + ".", workingDay, WORKING_DAY_FIELDS);
		LocalDate date = date(field + ".date", workingDay.get("date"));
		String reason = text(field + ".reason", workingDay.get("reason"));
		if (date == null || reason == null || !inYear(field + ".date", date)) {
			return;
		}
		if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
			problem(field + ".date", date, Code.NOT_A_WEEKEND,
					"a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
							+ " is a working day anyway; only a Saturday or Sunday can be an adjusted working day");
			return;
		}
		if (this.offAt.containsKey(date)) {
			problem(field + ".date", date, Code.OFF_AND_WORKING,
					"both a day off (" + this.offAt.get(date) + ", " + this.daysOff.get(date) + ") and a working day");
			return;
		}
		if (notListed(field + ".date", date, this.workingAt)) {
			this.workingAt.put(date, field);
			this.workingDays.put(date, reason);
		}
	}

	private boolean inYear(String field, LocalDate date) {
		if (this.year != null && date.getYear() != this.year) {
			problem(field, date, Code.OUTSIDE_YEAR, "outside the file's year " + this.year);
			return false;
		}
		return true;
	}

	private boolean notListed(String field, LocalDate date, Map<LocalDate, String> seen) {
		String first = seen.get(date);
		if (first != null) {
			problem(field, date, Code.DUPLICATE_DATE, "listed twice (first at " + first + ")");
			return false;
		}
		return true;
	}

	private List<?> list(String field, Object value) {
		if (value == null) {
			problem(field, null, Code.MISSING, "the list is missing (write [] for none)");
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			problem(field, null, Code.WRONG_TYPE, "expected a list");
			return List.of();
		}
		return items;
	}

	private LocalDate date(String field, Object value) {
		if (value == null) {
			problem(field, null, Code.MISSING, "the date is missing");
			return null;
		}
		try {
			return LocalDate.parse(value.toString());
		}
		catch (DateTimeParseException ex) {
			problem(field, null, Code.INVALID_DATE, "'" + value + "' is not a date (yyyy-MM-dd)");
			return null;
		}
	}

	private String text(String field, Object value) {
		if (value == null || value.toString().isBlank()) {
			problem(field, null, Code.MISSING, "a non-blank text is required");
			return null;
		}
		if (value instanceof Map || value instanceof List) {
			problem(field, null, Code.WRONG_TYPE, "expected a text");
			return null;
		}
		return value.toString().strip();
	}

	private void unknownFields(String prefix, Map<?, ?> mapping, Set<String> known) {
		for (Object key : mapping.keySet()) {
			if (!known.contains(String.valueOf(key))) {
				problem(prefix + key, null, Code.UNKNOWN_FIELD,
						"unknown field; expected one of " + known.stream().sorted().toList());
			}
		}
	}

	private static List<CalendarDay> days(Map<LocalDate, String> days) {
		return days.entrySet().stream().map((day) -> new CalendarDay(day.getKey(), day.getValue())).toList();
	}

	private void problem(String field, LocalDate date, Code code, String message) {
		this.problems.add(new Problem(field, date, code, message));
	}

}
