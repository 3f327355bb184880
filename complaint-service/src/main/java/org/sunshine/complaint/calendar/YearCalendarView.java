package org.sunshine.complaint.calendar;

import java.util.List;

/**
 * The arrangement of one year as the public sees it.
 *
 * @param official whether the State Council's arrangement is known; if not, both lists are empty and
 *        only weekends are off
 * @param daysOff public-holiday days (weekends are not listed)
 * @param adjustedWorkingDays weekend days that are worked (调休)
 */
record YearCalendarView(int year, boolean official, List<CalendarDay> daysOff, List<CalendarDay> adjustedWorkingDays) {

	static YearCalendarView of(int year, HolidayCalendar calendar) {
		return calendar.year(year)
			.map((known) -> new YearCalendarView(year, true, known.daysOff(), known.adjustedWorkingDays()))
			.orElseGet(() -> new YearCalendarView(year, false, List.of(), List.of()));
	}

}
