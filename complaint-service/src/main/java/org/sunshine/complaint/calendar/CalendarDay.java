package org.sunshine.complaint.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day in an official arrangement and why it is listed.
 *
 * @param date the day
 * @param reason the holiday name ("春节") for a day off, or the reason ("春节调休") for an adjusted working day
 */
public record CalendarDay(LocalDate date, String reason) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("reason must not be blank for " + date);
		}
	}

}
