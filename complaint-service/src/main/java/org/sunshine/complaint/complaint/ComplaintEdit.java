package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sunshine.complaint.complaint.Complaint.IdentityAccess;
import org.sunshine.complaint.complaint.Complaint.Rating;
import org.sunshine.complaint.complaint.Complaint.Reply;
import org.sunshine.complaint.complaint.Complaint.Supplement;
import org.sunshine.complaint.complaint.Complaint.Suspension;
import org.sunshine.complaint.complaint.Complaint.TimelineEntry;

/**
 * A copy of a complaint whose workflow fields can be changed, then turned back into a record. The
 * fields here are exactly the ones a workflow step may write; the rest of the document is never touched.
 */
final class ComplaintEdit {

	private final Complaint original;

	ComplaintStatus status;

	String assignedDepartment;

	String handler;

	Instant acceptedAt;

	Instant dueAt;

	Instant suspendedAt;

	Instant closedAt;

	int reopenCount;

	final List<TimelineEntry> timeline;

	final List<Suspension> suspensions;

	final List<OutboxEntry> outbox;

	final List<Reply> replies;

	final List<Rating> ratings;

	final List<Supplement> supplements;

	final List<IdentityAccess> identityAccess;

	ComplaintEdit(Complaint original) {
		this.original = original;
		this.status = original.status();
		this.assignedDepartment = original.assignedDepartment();
		this.handler = original.handler();
		this.acceptedAt = original.acceptedAt();
		this.dueAt = original.dueAt();
		this.suspendedAt = original.suspendedAt();
		this.closedAt = original.closedAt();
		this.reopenCount = original.reopenCount();
		this.timeline = new ArrayList<>(original.timeline());
		this.suspensions = new ArrayList<>(original.suspensions());
		this.outbox = new ArrayList<>(original.outbox());
		this.replies = new ArrayList<>(original.replies());
		this.ratings = new ArrayList<>(original.ratings());
		this.supplements = new ArrayList<>(original.supplements());
		this.identityAccess = new ArrayList<>(original.identityAccess());
	}

	ComplaintEdit step(Instant at, String action, String actor, String note) {
		this.timeline.add(new TimelineEntry(at, action, actor, note));
		return this;
	}

	Complaint build() {
		Complaint c = this.original;
		return new Complaint(c.id(), c.trackingNumber(), c.type(), c.subject(), c.content(), c.department(),
				c.powerCode(), c.complainant(), c.channel(), c.receivedAt(), c.replyRule(), this.dueAt, this.status,
				c.accessCodeHash(), this.timeline, c.idempotency(), this.assignedDepartment, this.handler,
				c.acceptDueAt(), this.acceptedAt, this.suspendedAt, this.suspensions, this.outbox, this.replies,
				this.ratings, this.reopenCount, this.supplements, this.closedAt, this.identityAccess, c.requests(),
				c.accessFailures(), c.accessLockedUntil(), c.version());
	}

}
