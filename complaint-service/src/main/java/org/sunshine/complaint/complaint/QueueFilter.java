package org.sunshine.complaint.complaint;

/** Filters of the staff queue; each null filter lets everything through. */
record QueueFilter(ComplaintStatus status, ComplaintType type, String department, String handler, Channel channel,
		Boolean overdue) {
}
