package org.sunshine.complaint.complaint;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the complainant sees when following a complaint: no personal data, no staff names.
 *
 * @param suspended whether the clock is stopped waiting for the complainant's information (补正)
 * @param replies the replies, latest last
 * @param canRate whether the latest reply waits for a rating
 */
record ComplaintView(String trackingNumber, ComplaintType type, String subject, String content,
		ComplaintStatus status, Channel channel, OffsetDateTime receivedAt, OffsetDateTime dueAt,
		int replyLimitDays, String replyLimitUnit, List<Step> timeline, boolean suspended, List<ReplyText> replies,
		boolean canRate, List<SupplementText> supplements, boolean canSupplement, boolean canWithdraw) {

	record Step(OffsetDateTime at, String action, String note) {
	}

	record ReplyText(OffsetDateTime at, String text) {
	}

	/** What the complainant added, shown back to them. */
	record SupplementText(OffsetDateTime at, String text) {
	}

}
