package org.sunshine.complaint.complaint;

import java.time.OffsetDateTime;

/** One line of the staff queue, ordered by remaining time. */
record QueueItemView(String trackingNumber, ComplaintType type, String subject, ComplaintStatus status,
		Channel channel, String department, String assignedDepartment, String handler, OffsetDateTime receivedAt,
		OffsetDateTime acceptDueAt, OffsetDateTime dueAt, Integer workingDaysLeft, boolean overdue, boolean suspended,
		ComplainantView complainant, long version) {
}
