package org.sunshine.complaint.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The State Council's arrangement of one year (国务院办公厅关于部分节假日安排的通知): the public holidays
 * and the weekend days worked instead (调休).
 *
 * @param year the year
 * @param daysOff every public-holiday day, one entry per date, ascending
 * @param adjustedWorkingDays weekend days that are working days, ascending
 */
public record YearCalendar(int year, List<CalendarDay> daysOff, List<CalendarDay> adjustedWorkingDays) {

	public YearCalendar {
		daysOff = sorted(daysOff);
		adjustedWorkingDays = sorted(adjustedWorkingDays);
		Set<LocalDate> seen = new HashSet<>();
		for (CalendarDay day : Stream.concat(daysOff.stream(), adjustedWorkingDays.stream()).toList()) {
			if (day.date().getYear() != year) {
				throw new IllegalArgumentException(day.date() + " is outside " + year);
			}
			if (!seen.add(day.date())) {
				throw new IllegalArgumentException(day.date() + " is listed twice");
			}
		}
	}

	private static List<CalendarDay> sorted(List<CalendarDay> days) {
		return days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
	}

}
