package org.sunshine.complaint.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that did not count towards a working-day limit.
 *
 * @param date the day
 * @param reason why it is off: a holiday name ("春节") or "周末"
 */
public record SkippedDay(LocalDate date, String reason) {

	public SkippedDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(reason, "reason");
	}

}
