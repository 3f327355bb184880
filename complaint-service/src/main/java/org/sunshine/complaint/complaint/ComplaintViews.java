package org.sunshine.complaint.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.sunshine.complaint.deadline.Countdown;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import org.sunshine.complaint.privacy.Masks;
import org.sunshine.complaint.privacy.PersonalDataCipher;

import org.springframework.stereotype.Component;

/** Turns stored complaints into what each reader may see. */
@Component
class ComplaintViews {

	private final DeadlineCalculator deadlines;

	private final Workflow workflow;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	ComplaintViews(DeadlineCalculator deadlines, Workflow workflow, PersonalDataCipher cipher, Clock clock) {
		this.deadlines = deadlines;
		this.workflow = workflow;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** For the complainant: no personal data, no staff names. */
	ComplaintView forComplainant(Complaint complaint) {
		var steps = complaint.timeline()
			.stream()
			.map((entry) -> new ComplaintView.Step(atZone(entry.at()), entry.action(), Workflow.publicNote(entry)))
			.toList();
		var replies = complaint.replies()
			.stream()
			.map((reply) -> new ComplaintView.ReplyText(atZone(reply.at()), reply.text()))
			.toList();
		var supplements = complaint.supplements()
			.stream()
			.map((supplement) -> new ComplaintView.SupplementText(atZone(supplement.at()), supplement.text()))
			.toList();
		boolean canRate = complaint.status() == ComplaintStatus.REPLIED
				&& complaint.ratings().size() < complaint.replies().size();
		boolean inHandling = Workflow.inHandling(complaint);
		return new ComplaintView(complaint.trackingNumber(), complaint.type(), complaint.subject(),
				complaint.content(), complaint.status(), complaint.channel(), atZone(complaint.receivedAt()),
				atZone(complaint.dueAt()), complaint.replyRule().days(), complaint.replyRule().unit().name(), steps,
				complaint.isSuspended(), replies, canRate, supplements, inHandling, inHandling);
	}

	CaseView forStaff(Complaint complaint, Staff staff) {
		Countdown countdown = countdown(complaint);
		var rule = complaint.replyRule();
		return new CaseView(complaint.trackingNumber(), complaint.type(), complaint.subject(), complaint.content(),
				complaint.department(), complaint.powerCode(), complaint.channel(), complaint.status(),
				atZone(complaint.receivedAt()), atZone(complaint.acceptDueAt()), atZone(complaint.acceptedAt()),
				atZone(complaint.dueAt()), (countdown != null) ? countdown.workingDaysLeft() : null,
				countdown != null && countdown.overdue(), atZone(complaint.suspendedAt()),
				complaint.assignedDepartment(), complaint.handler(), rule.days(), rule.unit().name(),
				complainant(complaint, staff),
				complaint.timeline()
					.stream()
					.map((e) -> new CaseView.Step(atZone(e.at()), e.action(), e.actor(), e.note()))
					.toList(),
				complaint.replies()
					.stream()
					.map((r) -> new CaseView.ReplyView(atZone(r.at()), r.by(), r.text(), r.onTime()))
					.toList(),
				complaint.ratings()
					.stream()
					.map((r) -> new CaseView.RatingView(atZone(r.at()), r.grade(), r.comment()))
					.toList(),
				complaint.supplements()
					.stream()
					.map((s) -> new CaseView.SupplementView(atZone(s.at()), s.text()))
					.toList(),
				complaint.suspensions()
					.stream()
					.map((s) -> new CaseView.SuspensionView(atZone(s.from()), atZone(s.until()), s.reason(), s.by()))
					.toList(),
				complaint.reopenCount(), complaint.version());
	}

	QueueItemView queueItem(Complaint complaint, Staff staff) {
		Countdown countdown = countdown(complaint);
		return new QueueItemView(complaint.trackingNumber(), complaint.type(), complaint.subject(), complaint.status(),
				complaint.channel(), complaint.department(), complaint.assignedDepartment(), complaint.handler(),
				atZone(complaint.receivedAt()), atZone(complaint.acceptDueAt()), atZone(complaint.dueAt()),
				(countdown != null) ? countdown.workingDaysLeft() : null, countdown != null && countdown.overdue(),
				complaint.isSuspended(), complainant(complaint, staff), complaint.version());
	}

	IdentityView identity(Complaint complaint) {
		var sealed = complaint.complainant();
		return new IdentityView(complaint.trackingNumber(), this.cipher.open(sealed.name()),
				this.cipher.open(sealed.phone()), this.cipher.open(sealed.idNumber()));
	}

	/** Staff of the department complained about never learn who complained, not even masked. */
	private ComplainantView complainant(Complaint complaint, Staff staff) {
		if (complaint.complainant() == null) {
			return ComplainantView.ANONYMOUS;
		}
		if (complaint.department() != null && complaint.department().equals(staff.department())) {
			return ComplainantView.ANONYMOUS_TO_YOU;
		}
		return new ComplainantView("REAL_NAME", Masks.name(this.cipher.open(complaint.complainant().name())),
				complaint.complainant().phoneMasked(), this.workflow.canUnseal(staff, complaint));
	}

	/** Where the reply deadline stands; none once the complaint no longer waits for a reply. */
	private Countdown countdown(Complaint complaint) {
		return switch (complaint.status()) {
			case RECEIVED, ACCEPTED, ASSIGNED ->
				this.deadlines.countdown(atZone(complaint.dueAt()), this.clock.instant());
			default -> null;
		};
	}

	OffsetDateTime atZone(Instant instant) {
		return (instant != null) ? instant.atZone(this.deadlines.zone()).toOffsetDateTime() : null;
	}

}
