package org.sunshine.complaint.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.sunshine.complaint.complaint.Complaint.Rating;
import org.sunshine.complaint.complaint.Complaint.Reply;
import org.sunshine.complaint.complaint.Complaint.Supplement;
import org.sunshine.complaint.complaint.Complaint.Suspension;
import org.sunshine.complaint.deadline.DayUnit;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import org.sunshine.complaint.deadline.DeadlineRule;

/**
 * The handling workflow as pure functions: each step checks who may take it and in which state, and
 * returns the changed complaint (with any SMS for the outbox). No I/O, so every allowed and forbidden
 * step is a unit test.
 *
 * <pre>
 * RECEIVED → ACCEPTED → ASSIGNED (→ ASSIGNED: reassigned) → REPLIED → CLOSED
 * RECEIVED → REJECTED;  RECEIVED | ACCEPTED | ASSIGNED → WITHDRAWN
 * REPLIED → (rated DISSATISFIED, first time) ASSIGNED with a new deadline
 * </pre>
 */
final class Workflow {

	/** Between the department and the handler in an assignment step's note ("ZSK / handler"). */
	private static final String ASSIGNEE_SEPARATOR = " / ";

	/** A reply not rated within this time may be closed by staff (issue: "7 days without one"). */
	static final Duration RATING_PERIOD = Duration.ofDays(7);

	/** The actor of steps the service takes by itself. */
	static final String SYSTEM_ACTOR = "SYSTEM";

	private static final ComplaintStatus[] IN_HANDLING = { ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED,
			ComplaintStatus.ASSIGNED };

	private final DeadlineCalculator deadlines;

	private final String intakeDepartment;

	Workflow(DeadlineCalculator deadlines, String intakeDepartment) {
		this.deadlines = Objects.requireNonNull(deadlines);
		this.intakeDepartment = Objects.requireNonNull(intakeDepartment);
	}

	/** The department whose staff see the complaint: the assigned one, else the intake desk. */
	String owningDepartment(Complaint complaint) {
		return (complaint.assignedDepartment() != null) ? complaint.assignedDepartment() : this.intakeDepartment;
	}

	/** Supervisors see every complaint; other staff only those of their own department. */
	boolean canSee(Staff staff, Complaint complaint) {
		return staff.isSupervisor()
				|| (staff.isComplaintStaff() && Objects.equals(staff.department(), owningDepartment(complaint)));
	}

	/**
	 * Whether this staff member may see who filed a real-name complaint: supervisors and clerks, and the
	 * assigned handler, but never anyone of the department complained about (举报人保护).
	 */
	boolean canUnseal(Staff staff, Complaint complaint) {
		if (complaint.complainant() == null || !canSee(staff, complaint)) {
			return false;
		}
		if (complaint.department() != null && complaint.department().equals(staff.department())) {
			return false;
		}
		return staff.hasAny(Staff.SUPERVISOR, Staff.CLERK)
				|| (staff.has(Staff.HANDLER) && staff.username().equals(complaint.handler()));
	}

	Complaint accept(Complaint complaint, Staff staff, Instant now) {
		require(complaint, "accept", ComplaintStatus.RECEIVED);
		allow(staff, complaint, "accept", staff.hasAny(Staff.CLERK, Staff.SUPERVISOR));
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "ACCEPTED", staff.username(), null);
		edit.status = ComplaintStatus.ACCEPTED;
		edit.acceptedAt = now;
		return edit.build();
	}

	Complaint reject(Complaint complaint, Staff staff, String reason, Instant now) {
		require(complaint, "reject", ComplaintStatus.RECEIVED);
		allow(staff, complaint, "reject", staff.hasAny(Staff.CLERK, Staff.SUPERVISOR));
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "REJECTED", staff.username(), reason);
		edit.status = ComplaintStatus.REJECTED;
		edit.closedAt = now;
		return edit.build();
	}

	/**
	 * Assigns (转办) an accepted complaint; reassigning an assigned one is for supervisors and the head
	 * of the department holding it.
	 */
	Complaint assign(Complaint complaint, Staff staff, String department, String handler, Instant now) {
		require(complaint, "assign", ComplaintStatus.ACCEPTED, ComplaintStatus.ASSIGNED);
		boolean reassign = complaint.status() == ComplaintStatus.ASSIGNED;
		allow(staff, complaint, "assign", reassign ? staff.hasAny(Staff.SUPERVISOR, Staff.UNIT_HEAD)
				: staff.hasAny(Staff.CLERK, Staff.SUPERVISOR));
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, reassign ? "REASSIGNED" : "ASSIGNED",
				staff.username(), department + ASSIGNEE_SEPARATOR + handler);
		edit.status = ComplaintStatus.ASSIGNED;
		edit.assignedDepartment = department;
		edit.handler = handler;
		return edit.build();
	}

	Complaint reply(Complaint complaint, Staff staff, String text, Instant now) {
		require(complaint, "reply", ComplaintStatus.ASSIGNED);
		allow(staff, complaint, "reply", staff.has(Staff.UNIT_HEAD)
				|| (staff.has(Staff.HANDLER) && staff.username().equals(complaint.handler())));
		if (complaint.isSuspended()) {
			throw WorkflowException.conflict("suspended");
		}
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "REPLIED", staff.username(), null);
		edit.status = ComplaintStatus.REPLIED;
		edit.replies.add(new Reply(text, now, staff.username(), complaint.dueAt(), !now.isAfter(complaint.dueAt())));
		sms(complaint, OutboxEntry.REPLIED, now).ifPresent(edit.outbox::add);
		return edit.build();
	}

	/** Closes a replied complaint once the complainant rated it or had {@link #RATING_PERIOD} to. */
	Complaint close(Complaint complaint, Staff staff, Instant now) {
		require(complaint, "close", ComplaintStatus.REPLIED);
		allow(staff, complaint, "close", staff.hasAny(Staff.CLERK, Staff.UNIT_HEAD, Staff.SUPERVISOR));
		Instant ratingEnds = complaint.lastReply().at().plus(RATING_PERIOD);
		if (now.isBefore(ratingEnds)) {
			throw WorkflowException.conflict("rating-pending",
					ratingEnds.atZone(this.deadlines.zone()).toOffsetDateTime().toString());
		}
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "CLOSED", staff.username(), null);
		edit.status = ComplaintStatus.CLOSED;
		edit.closedAt = now;
		return edit.build();
	}

	/** Closes a reply nobody rated within {@link #RATING_PERIOD}: the system's step, not a person's. */
	Complaint closeUnrated(Complaint complaint, Instant now) {
		require(complaint, "close", ComplaintStatus.REPLIED);
		if (now.isBefore(complaint.lastReply().at().plus(RATING_PERIOD))) {
			throw WorkflowException.conflict("rating-pending",
					complaint.lastReply().at().plus(RATING_PERIOD).atZone(this.deadlines.zone()).toOffsetDateTime()
						.toString());
		}
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "CLOSED", SYSTEM_ACTOR, "未在7日内评价，自动办结");
		edit.status = ComplaintStatus.CLOSED;
		edit.closedAt = now;
		return edit.build();
	}

	/** Stops the clock while the complainant is asked for missing information (补正). */
	Complaint suspend(Complaint complaint, Staff staff, String reason, Instant now) {
		require(complaint, "suspend", ComplaintStatus.ACCEPTED, ComplaintStatus.ASSIGNED);
		allow(staff, complaint, "suspend", staff.hasAny(Staff.CLERK, Staff.HANDLER, Staff.UNIT_HEAD, Staff.SUPERVISOR));
		if (complaint.isSuspended()) {
			throw WorkflowException.conflict("already-suspended");
		}
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "SUSPENDED", staff.username(), reason);
		edit.suspendedAt = now;
		edit.suspensions.add(new Suspension(now, null, reason, staff.username()));
		return edit.build();
	}

	Complaint resume(Complaint complaint, Staff staff, Instant now) {
		allow(staff, complaint, "resume", staff.hasAny(Staff.CLERK, Staff.HANDLER, Staff.UNIT_HEAD, Staff.SUPERVISOR));
		if (!complaint.isSuspended()) {
			throw WorkflowException.conflict("not-suspended");
		}
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "RESUMED", staff.username(), null);
		endSuspension(edit, complaint, now);
		return edit.build();
	}

	/** The complainant adds information; if the clock was stopped for it, it runs again. */
	Complaint supplement(Complaint complaint, String text, Instant now) {
		require(complaint, "supplement", IN_HANDLING);
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "SUPPLEMENTED", ComplaintService.PUBLIC_ACTOR,
				null);
		edit.supplements.add(new Supplement(text, now));
		if (complaint.isSuspended()) {
			edit.step(now, "RESUMED", ComplaintService.PUBLIC_ACTOR, null);
			endSuspension(edit, complaint, now);
		}
		return edit.build();
	}

	Complaint withdraw(Complaint complaint, Instant now) {
		require(complaint, "withdraw", IN_HANDLING);
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "WITHDRAWN", ComplaintService.PUBLIC_ACTOR, null);
		if (complaint.isSuspended()) {
			endSuspension(edit, complaint, now);
		}
		edit.status = ComplaintStatus.WITHDRAWN;
		edit.closedAt = now;
		return edit.build();
	}

	/**
	 * Rates the latest reply, once. Satisfied or basically satisfied closes the complaint; the first
	 * "dissatisfied" reopens it with a new reply deadline under its own rule, a second one closes it.
	 */
	Complaint rate(Complaint complaint, SatisfactionGrade grade, String comment, Instant now) {
		require(complaint, "rate", ComplaintStatus.REPLIED);
		if (complaint.ratings().size() >= complaint.replies().size()) {
			throw WorkflowException.conflict("already-rated");
		}
		ComplaintEdit edit = new ComplaintEdit(complaint).step(now, "RATED_" + grade.name(),
				ComplaintService.PUBLIC_ACTOR, null);
		edit.ratings.add(new Rating(grade, comment, now));
		if (grade == SatisfactionGrade.DISSATISFIED && complaint.reopenCount() == 0) {
			edit.step(now, "REOPENED", ComplaintService.PUBLIC_ACTOR, null);
			edit.status = ComplaintStatus.ASSIGNED;
			edit.reopenCount = 1;
			edit.dueAt = this.deadlines.dueAt(now, complaint.replyRule()).due().toInstant();
		}
		else {
			edit.step(now, "CLOSED", ComplaintService.PUBLIC_ACTOR, null);
			edit.status = ComplaintStatus.CLOSED;
			edit.closedAt = now;
		}
		return edit.build();
	}

	/**
	 * Ends the open suspension and moves the deadline: what was left of the limit on the day the clock
	 * stopped is counted again from the day it restarts, with the working-day engine.
	 */
	private void endSuspension(ComplaintEdit edit, Complaint complaint, Instant now) {
		Suspension open = edit.suspensions.remove(edit.suspensions.size() - 1);
		edit.suspensions.add(new Suspension(open.from(), now, open.reason(), open.by()));
		edit.suspendedAt = null;
		edit.dueAt = movedDeadline(complaint.dueAt(), complaint.suspendedAt(), now, complaint.replyRule().unit());
	}

	Instant movedDeadline(Instant dueAt, Instant stoppedAt, Instant restartedAt, DayUnit unit) {
		LocalDate stopDay = LocalDate.ofInstant(stoppedAt, this.deadlines.zone());
		LocalDate dueDay = LocalDate.ofInstant(dueAt, this.deadlines.zone());
		if (unit == DayUnit.WORKING) {
			int left = Math.max(0, this.deadlines.workingDaysBetween(stopDay, dueDay));
			return this.deadlines.dueAt(restartedAt, DeadlineRule.workingDays(left)).due().toInstant();
		}
		int left = (int) Math.max(0, ChronoUnit.DAYS.between(stopDay, dueDay));
		return this.deadlines.dueAt(restartedAt, DeadlineRule.calendarDays(left)).due().toInstant();
	}

	/** The SMS for a real-name complainant with a phone; anonymous complainants get none. */
	java.util.Optional<OutboxEntry> sms(Complaint complaint, String template, Instant now) {
		if (complaint.complainant() == null || complaint.complainant().phone() == null) {
			return java.util.Optional.empty();
		}
		String dueDate = LocalDate.ofInstant(complaint.dueAt(), this.deadlines.zone()).toString();
		return java.util.Optional.of(new OutboxEntry(UUID.randomUUID().toString(), template,
				complaint.complainant().phone(),
				Map.of("trackingNumber", complaint.trackingNumber(), "dueDate", dueDate), "NORMAL", now));
	}

	/** While the bureau still handles it, the complainant may add information or withdraw it. */
	static boolean inHandling(Complaint complaint) {
		return Arrays.asList(IN_HANDLING).contains(complaint.status());
	}

	private static void require(Complaint complaint, String action, ComplaintStatus... allowed) {
		for (ComplaintStatus status : allowed) {
			if (complaint.status() == status) {
				return;
			}
		}
		throw WorkflowException.notNow(action, complaint.status());
	}

	private void allow(Staff staff, Complaint complaint, String action, boolean roleAllows) {
		if (!roleAllows || !canSee(staff, complaint)) {
			throw WorkflowException.forbidden(action);
		}
	}

	/**
	 * A step's note as the complainant may read it: an assignment names the department but not the
	 * handler (staff names are not public).
	 */
	static String publicNote(Complaint.TimelineEntry entry) {
		boolean assignment = "ASSIGNED".equals(entry.action()) || "REASSIGNED".equals(entry.action());
		if (!assignment || entry.note() == null) {
			return entry.note();
		}
		int separator = entry.note().indexOf(ASSIGNEE_SEPARATOR);
		return (separator < 0) ? entry.note() : entry.note().substring(0, separator);
	}

}
