package org.sunshine.complaint.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sunshine.complaint.deadline.DeadlineCalculator;

/** Counts of one group of complaints (all, one department, one month), added up one complaint at a time. */
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

	private final List<Integer> replyWorkingDays = new ArrayList<>();

	void add(ComplaintFacts facts, Instant now, DeadlineCalculator deadlines) {
		this.received++;
		if (facts.accepted()) {
			this.accepted++;
		}
		if (facts.firstReplyAt() != null) {
			this.replied++;
			this.replyWorkingDays.add(deadlines.workingDaysBetween(day(facts.receivedAt(), deadlines),
					day(facts.firstReplyAt(), deadlines)));
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

	StatsView.Figures figures() {
		List<Integer> sorted = new ArrayList<>(this.replyWorkingDays);
		Collections.sort(sorted);
		Double average = sorted.isEmpty() ? null
				: round(sorted.stream().mapToInt(Integer::intValue).average().orElseThrow(), 2);
		// Nearest-rank p90: the smallest value with at least 90 % of replies at or below it.
		Integer p90 = sorted.isEmpty() ? null : sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
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
