package org.sunshine.complaint.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.sunshine.complaint.deadline.DeadlineCalculator;

/**
 * Counts of one group of complaints (one day and department, or all, one department, one month), added up
 * one complaint at a time or from other tallies.
 */
final class Tally {

	/** Below this satisfaction a department is flagged for an admonishment talk (诫勉谈话). */
	static final double SATISFACTION_FLOOR = 70.0;

	private long received;

	private long accepted;

	private long replied;

	private long closed;

	private long closedOnTime;

	private long overdueNow;

	private long rated;

	private long satisfied;

	/** Replies by working days from the day of receipt: how many took 0, 1, 2, … days. */
	private final TreeMap<Integer, Long> replyWorkingDays = new TreeMap<>();

	void add(ComplaintFacts facts, Instant now, DeadlineCalculator deadlines) {
		this.received++;
		if (facts.accepted()) {
			this.accepted++;
		}
		if (facts.firstReplyAt() != null) {
			this.replied++;
			this.replyWorkingDays.merge(deadlines.workingDaysBetween(day(facts.receivedAt(), deadlines),
					day(facts.firstReplyAt(), deadlines)), 1L, Long::sum);
		}
		if ("CLOSED".equals(facts.status())) {
			this.closed++;
			if (facts.firstReplyOnTime()) {
				this.closedOnTime++;
			}
		}
		if (facts.isOpen() && !facts.suspended() && facts.dueAt() != null && now.isAfter(facts.dueAt())) {
			this.overdueNow++;
		}
		if (facts.lastGrade() != null) {
			this.rated++;
			if (!"DISSATISFIED".equals(facts.lastGrade())) {
				this.satisfied++;
			}
		}
	}

	Tally merge(Tally other) {
		this.received += other.received;
		this.accepted += other.accepted;
		this.replied += other.replied;
		this.closed += other.closed;
		this.closedOnTime += other.closedOnTime;
		this.overdueNow += other.overdueNow;
		this.rated += other.rated;
		this.satisfied += other.satisfied;
		other.replyWorkingDays.forEach((days, count) -> this.replyWorkingDays.merge(days, count, Long::sum));
		return this;
	}

	StatsView.Figures figures() {
		Double average = null;
		Integer p90 = null;
		if (this.replied > 0) {
			long sum = 0;
			for (Map.Entry<Integer, Long> days : this.replyWorkingDays.entrySet()) {
				sum += days.getKey() * days.getValue();
			}
			average = round((double) sum / this.replied, 2);
			// Nearest-rank p90: the smallest value with at least 90 % of replies at or below it.
			long rank = (long) Math.ceil(0.9 * this.replied);
			long seen = 0;
			for (Map.Entry<Integer, Long> days : this.replyWorkingDays.entrySet()) {
				seen += days.getValue();
				if (seen >= rank) {
					p90 = days.getKey();
					break;
				}
			}
		}
		Double satisfaction = (this.rated == 0) ? null : percent(this.satisfied, this.rated);
		return new StatsView.Figures(this.received, this.accepted, this.replied, this.closed, this.closedOnTime,
				(this.closed == 0) ? null : percent(this.closedOnTime, this.closed), average, p90, this.overdueNow,
				this.rated, satisfaction, satisfaction != null && satisfaction < SATISFACTION_FLOOR);
	}

	private static LocalDate day(Instant instant, DeadlineCalculator deadlines) {
		return LocalDate.ofInstant(instant, deadlines.zone());
	}

	private static double percent(long part, long whole) {
		return round(100.0 * part / whole, 1);
	}

	private static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
