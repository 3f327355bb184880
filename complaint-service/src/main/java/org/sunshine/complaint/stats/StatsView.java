package org.sunshine.complaint.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Public complaint statistics, computed from the records (overdue ones included); no personal data.
 *
 * @param from first day of receipt counted (inclusive, Asia/Shanghai), null for no lower bound
 * @param to last day of receipt counted (inclusive), null for no upper bound
 * @param asOf when the figures were added up (they are at most {@code complaint.stats.max-age} old)
 */
record StatsView(LocalDate from, LocalDate to, String department, OffsetDateTime asOf, Figures overall,
		List<DepartmentFigures> byDepartment, List<MonthFigures> byMonth) {

	/**
	 * @param closedOnTimeRate % of closed complaints whose first reply met its deadline
	 * @param averageReplyWorkingDays working days from the day of receipt to the first reply
	 * @param p90ReplyWorkingDays nearest-rank 90th percentile of the same
	 * @param overdueNow open complaints past their deadline now (stopped clocks excluded)
	 * @param satisfactionRate % of rated complaints whose latest rating is satisfied or basically satisfied
	 * @param belowSatisfactionFloor satisfaction below 70 % (诫勉谈话)
	 */
	record Figures(long received, long accepted, long replied, long closed, long closedOnTime,
			Double closedOnTimeRate, Double averageReplyWorkingDays, Integer p90ReplyWorkingDays, long overdueNow,
			long rated, Double satisfactionRate, boolean belowSatisfactionFloor) {
	}

	record DepartmentFigures(String department, Figures figures) {
	}

	record MonthFigures(String month, Figures figures) {
	}

}
