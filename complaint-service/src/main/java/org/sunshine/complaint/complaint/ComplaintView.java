package org.sunshine.complaint.complaint;

import java.time.OffsetDateTime;
import java.util.List;

/** What the complainant sees when following a complaint: no personal data, no staff names. */
record ComplaintView(String trackingNumber, ComplaintType type, String subject, String content,
		ComplaintStatus status, Channel channel, OffsetDateTime receivedAt, OffsetDateTime dueAt,
		int replyLimitDays, String replyLimitUnit, List<Step> timeline) {

	record Step(OffsetDateTime at, String action, String note) {
	}

}
