package org.sunshine.complaint.complaint;

/** Where a complaint stands in its handling. */
public enum ComplaintStatus {

	/** Filed, not yet accepted (已接收). */
	RECEIVED,
	/** Accepted for handling (已受理). */
	ACCEPTED,
	/** Not accepted, with a reason (不予受理). */
	REJECTED,
	/** Forwarded to a department and handler (已转办). */
	ASSIGNED,
	/** Answered (已答复). */
	REPLIED,
	/** Closed (已办结). */
	CLOSED,
	/** Withdrawn by the complainant (已撤回). */
	WITHDRAWN

}
