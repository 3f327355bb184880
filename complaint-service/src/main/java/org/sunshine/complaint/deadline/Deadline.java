package org.sunshine.complaint.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A computed due date (办理期限) and how it was reached.
 *
 * @param due the end (23:59:59) of the last day, in the calculator's zone
 * @param workingDaysCounted the days that counted towards the limit, in order: the working days of a
 *        working-day limit, every day of a calendar-day limit
 * @param skipped the days off passed over while counting working days (empty for calendar days)
 * @param estimated whether a year without an official arrangement was involved, so that only its
 *        weekends were treated as off
 * @param missingYears those years, ascending
 */
public record Deadline(OffsetDateTime due, List<LocalDate> workingDaysCounted, List<SkippedDay> skipped,
		boolean estimated, List<Integer> missingYears) {

	public Deadline {
		Objects.requireNonNull(due, "due");
		workingDaysCounted = List.copyOf(workingDaysCounted);
		skipped = List.copyOf(skipped);
		missingYears = List.copyOf(missingYears);
		if (estimated == missingYears.isEmpty()) {
			throw new IllegalArgumentException("estimated must be true exactly when years are missing");
		}
	}

	/** The last day of the limit, in the calculator's zone. */
	public LocalDate dueDate() {
		return this.due.toLocalDate();
	}

}
