package org.sunshine.complaint.deadline;

import java.util.Objects;

/**
 * A time limit (时限): {@code days} days of {@code unit} after the day of receipt.
 *
 * @param days how many days, {@code 0} meaning the end of the day of receipt
 * @param unit working or calendar days
 */
public record DeadlineRule(int days, DayUnit unit) {

	/** Ten years: far beyond any statutory limit, and it keeps a day-by-day count bounded. */
	public static final int MAX_DAYS = 3660;

	public DeadlineRule {
		Objects.requireNonNull(unit, "unit");
		if (days < 0 || days > MAX_DAYS) {
			throw new IllegalArgumentException("days must be between 0 and " + MAX_DAYS + ", was " + days);
		}
	}

	public static DeadlineRule workingDays(int days) {
		return new DeadlineRule(days, DayUnit.WORKING);
	}

	public static DeadlineRule calendarDays(int days) {
		return new DeadlineRule(days, DayUnit.CALENDAR);
	}

}
