package org.sunshine.complaint.deadline;

/**
 * Where a deadline stands at a given moment, for warning grading (BLUE near, YELLOW due today, RED overdue).
 *
 * @param workingDaysLeft working days after today up to and including the due day: {@code 0} on the due
 *        day, {@code 2} two working days before it; once overdue, minus the working days since the due day
 * @param dueToday whether today is the due day and the deadline has not passed yet
 * @param overdue whether the moment is after the due time
 */
public record Countdown(int workingDaysLeft, boolean dueToday, boolean overdue) {

	public Countdown {
		if (dueToday && overdue) {
			throw new IllegalArgumentException("a deadline cannot be both due today and overdue");
		}
	}

}
