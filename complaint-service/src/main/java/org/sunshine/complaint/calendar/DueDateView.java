package org.sunshine.complaint.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.sunshine.complaint.deadline.Deadline;
import org.sunshine.complaint.deadline.SkippedDay;

/**
 * A computed due date as the public sees it.
 *
 * @param due ISO-8601 with the Shanghai offset, e.g. {@code 2024-02-22T23:59:59+08:00}
 */
record DueDateView(String due, List<LocalDate> workingDaysCounted, List<SkippedDay> skipped, boolean estimated,
		List<Integer> missingYears) {

	static DueDateView of(Deadline deadline) {
		// Formatted here so the offset stays +08:00 whatever the JSON mapper's time-zone settings.
		return new DueDateView(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(deadline.due()),
				deadline.workingDaysCounted(), deadline.skipped(), deadline.estimated(), deadline.missingYears());
	}

}
