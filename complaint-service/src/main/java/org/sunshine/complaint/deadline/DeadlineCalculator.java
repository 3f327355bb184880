package org.sunshine.complaint.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Computes due dates (办理期限) from the moment a complaint was received.
 *
 * <p>The day of receipt never counts, whatever the hour: the limit runs from the next day, and the
 * deadline is the end (23:59:59) of its last day in {@link #zone()}. For working days, days off are
 * skipped and adjusted working weekends (调休) count. Years without an official arrangement are
 * counted with weekends only and reported as estimated.
 */
public final class DeadlineCalculator {

	/** The deadline falls at the last second of its day. */
	public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final WorkingDayCalendar calendar;

	private final ZoneId zone;

	public DeadlineCalculator(WorkingDayCalendar calendar, ZoneId zone) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
		this.zone = Objects.requireNonNull(zone, "zone");
	}

	/** The zone whose days are counted (Asia/Shanghai in the service). */
	public ZoneId zone() {
		return this.zone;
	}

	public Deadline dueAt(ZonedDateTime receivedAt, DeadlineRule rule) {
		return dueAt(receivedAt.toInstant(), rule);
	}

	public Deadline dueAt(OffsetDateTime receivedAt, DeadlineRule rule) {
		return dueAt(receivedAt.toInstant(), rule);
	}

	public Deadline dueAt(Instant receivedAt, DeadlineRule rule) {
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(rule, "rule");
		LocalDate receiptDay = LocalDate.ofInstant(receivedAt, this.zone);
		return switch (rule.unit()) {
			case WORKING -> countWorkingDays(receiptDay, rule.days());
			case CALENDAR -> countCalendarDays(receiptDay, rule.days());
		};
	}

	/**
	 * Working days {@code d} with {@code from < d <= to}; negative (minus the working days
	 * {@code to < d <= from}) when {@code to} is before {@code from}. So {@code workingDaysBetween(receiptDay,
	 * dueDay)} is the rule's {@code days} for a working-day deadline.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (this.calendar.isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** Working days left from {@code now} (taken from the caller's Clock) until {@code due}. */
	public Countdown countdown(OffsetDateTime due, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		LocalDate dueDay = LocalDate.ofInstant(due.toInstant(), this.zone);
		boolean overdue = now.isAfter(due.toInstant());
		return new Countdown(workingDaysBetween(today, dueDay), !overdue && today.equals(dueDay), overdue);
	}

	private Deadline countWorkingDays(LocalDate receiptDay, int days) {
		List<LocalDate> counted = new ArrayList<>(days);
		List<SkippedDay> skipped = new ArrayList<>();
		SortedSet<Integer> missingYears = new TreeSet<>();
		LocalDate day = receiptDay;
		while (counted.size() < days) {
			day = day.plusDays(1);
			if (!this.calendar.hasYear(day.getYear())) {
				missingYears.add(day.getYear());
			}
			if (this.calendar.isWorkingDay(day)) {
				counted.add(day);
			}
			else {
				LocalDate off = day;
				skipped.add(new SkippedDay(day, this.calendar.reasonOff(day)
					.orElseThrow(() -> new IllegalStateException("The calendar gives no reason for day off " + off))));
			}
		}
		return new Deadline(endOf(day), counted, skipped, !missingYears.isEmpty(), List.copyOf(missingYears));
	}

	private Deadline countCalendarDays(LocalDate receiptDay, int days) {
		List<LocalDate> counted = receiptDay.plusDays(1).datesUntil(receiptDay.plusDays(days + 1L)).toList();
		return new Deadline(endOf(receiptDay.plusDays(days)), counted, List.of(), false, List.of());
	}

	private OffsetDateTime endOf(LocalDate day) {
		return day.atTime(END_OF_DAY).atZone(this.zone).toOffsetDateTime();
	}

}
