package org.sunshine.complaint.complaint;

import java.time.OffsetDateTime;
import java.util.List;

/** A complaint as staff see it: everything but the sealed identity, with who did each step. */
record CaseView(String trackingNumber, ComplaintType type, String subject, String content, String department,
		String powerCode, Channel channel, ComplaintStatus status, OffsetDateTime receivedAt,
		OffsetDateTime acceptDueAt, OffsetDateTime acceptedAt, OffsetDateTime dueAt, Integer workingDaysLeft,
		boolean overdue, OffsetDateTime suspendedAt, String assignedDepartment, String handler, int replyLimitDays,
		String replyLimitUnit, ComplainantView complainant, List<Step> timeline, List<ReplyView> replies,
		List<RatingView> ratings, List<SupplementView> supplements, List<SuspensionView> suspensions,
		int reopenCount, long version) {

	record Step(OffsetDateTime at, String action, String actor, String note) {
	}

	record ReplyView(OffsetDateTime at, String by, String text, boolean onTime) {
	}

	record RatingView(OffsetDateTime at, SatisfactionGrade grade, String comment) {
	}

	record SupplementView(OffsetDateTime at, String text) {
	}

	record SuspensionView(OffsetDateTime from, OffsetDateTime until, String reason, String by) {
	}

}
