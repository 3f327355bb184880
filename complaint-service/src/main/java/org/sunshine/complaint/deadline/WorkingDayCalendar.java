package org.sunshine.complaint.deadline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which days count when a time limit is given in working days (工作日).
 *
 * <p>Declared here, implemented by {@code calendar.HolidayCalendar}: deadlines depend on this
 * small port rather than on the calendar package, so {@code calendar} (which also serves the
 * due-date endpoint) can use {@code deadline} without a package cycle.
 */
public interface WorkingDayCalendar {

	/** Whether people work on this day: a weekday that is no public holiday, or an adjusted working weekend (调休). */
	boolean isWorkingDay(LocalDate date);

	/** Why this day is off (a holiday name such as "春节", or "周末"); empty for a working day. */
	Optional<String> reasonOff(LocalDate date);

	/** Whether the official arrangement of this year is known; if not, only weekends are off. */
	boolean hasYear(int year);

}
