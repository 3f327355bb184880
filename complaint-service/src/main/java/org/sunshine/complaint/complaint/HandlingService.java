package org.sunshine.complaint.complaint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.complaint.complaint.Complaint.IdentityAccess;
import org.sunshine.defaults.audit.AuditEvent;
import org.sunshine.defaults.audit.AuditTrail;
import org.sunshine.defaults.web.PageView;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The staff side: the queue, a complaint's details, each handling step and unsealing an identity. */
@Service
class HandlingService {

	private static final Logger log = LoggerFactory.getLogger(HandlingService.class);

	private final ComplaintStore store;

	private final ComplaintSteps steps;

	private final ComplaintViews views;

	private final Workflow workflow;

	private final WorkflowProperties properties;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final AuditTrail audit;

	HandlingService(ComplaintStore store, ComplaintSteps steps, ComplaintViews views, Workflow workflow,
			WorkflowProperties properties, ReactiveMongoTemplate mongo, Clock clock, AuditTrail audit) {
		this.store = store;
		this.steps = steps;
		this.views = views;
		this.workflow = workflow;
		this.properties = properties;
		this.mongo = mongo;
		this.clock = clock;
		this.audit = audit;
	}

	/** The staff member's queue: their department's complaints (all for supervisors), soonest due first. */
	Mono<PageView<QueueItemView>> queue(Staff staff, QueueFilter filter, int page, int size) {
		if (!staff.isComplaintStaff()) {
			return Mono.error(WorkflowException.forbidden("queue"));
		}
		List<Criteria> all = new ArrayList<>();
		if (!staff.isSupervisor()) {
			Criteria own = Criteria.where("assignedDepartment").is(staff.department());
			all.add(staff.department() != null && staff.department().equals(this.properties.intakeDepartment())
					? new Criteria().orOperator(own, Criteria.where("assignedDepartment").is(null)) : own);
		}
		if (filter.status() != null) {
			all.add(Criteria.where("status").is(filter.status()));
		}
		if (filter.type() != null) {
			all.add(Criteria.where("type").is(filter.type()));
		}
		if (filter.department() != null) {
			all.add(Criteria.where("assignedDepartment").is(filter.department()));
		}
		if (filter.handler() != null) {
			all.add(Criteria.where("handler").is(filter.handler()));
		}
		if (filter.channel() != null) {
			all.add(Criteria.where("channel").is(filter.channel()));
		}
		if (filter.overdue() != null) {
			Criteria open = Criteria.where("status")
				.in(ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED, ComplaintStatus.ASSIGNED);
			all.add(filter.overdue() ? new Criteria().andOperator(open, Criteria.where("dueAt").lt(this.clock.instant()))
					: Criteria.where("dueAt").gte(this.clock.instant()));
		}
		Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
		Query counted = Query.query(criteria);
		Query paged = Query.query(criteria)
			.with(Sort.by(Sort.Order.asc("dueAt"), Sort.Order.asc("trackingNumber")))
			.skip((long) page * size)
			.limit(size);
		return this.mongo.find(paged, Complaint.class)
			.map((complaint) -> this.views.queueItem(complaint, staff))
			.collectList()
			.zipWith(this.mongo.count(counted, Complaint.class))
			.map((result) -> new PageView<>(result.getT1(), page, size, result.getT2()));
	}

	Mono<CaseView> details(String trackingNumber, Staff staff) {
		return visible(trackingNumber, staff).map((complaint) -> this.views.forStaff(complaint, staff));
	}

	Mono<CaseView> accept(String number, Staff staff, StepRequest request) {
		return step(number, staff, "accept", request, (c) -> this.workflow.accept(c, staff, this.clock.instant()));
	}

	Mono<CaseView> reject(String number, Staff staff, String reason, StepRequest request) {
		return step(number, staff, "reject", request,
				(c) -> this.workflow.reject(c, staff, reason.strip(), this.clock.instant()));
	}

	Mono<CaseView> assign(String number, Staff staff, AssignComplaintRequest body, StepRequest request) {
		return step(number, staff, "assign", request, (c) -> this.workflow.assign(c, staff, body.department(),
				body.handler().strip(), this.clock.instant()));
	}

	Mono<CaseView> reply(String number, Staff staff, String text, StepRequest request) {
		return step(number, staff, "reply", request,
				(c) -> this.workflow.reply(c, staff, text.strip(), this.clock.instant()));
	}

	Mono<CaseView> close(String number, Staff staff, StepRequest request) {
		return step(number, staff, "close", request, (c) -> this.workflow.close(c, staff, this.clock.instant()));
	}

	Mono<CaseView> suspend(String number, Staff staff, String reason, StepRequest request) {
		return step(number, staff, "suspend", request,
				(c) -> this.workflow.suspend(c, staff, reason.strip(), this.clock.instant()));
	}

	Mono<CaseView> resume(String number, Staff staff, StepRequest request) {
		return step(number, staff, "resume", request, (c) -> this.workflow.resume(c, staff, this.clock.instant()));
	}

	/**
	 * The identity of a real-name complainant, for staff the protection rules allow; the access is
	 * recorded before anything is shown.
	 */
	Mono<IdentityView> unseal(String trackingNumber, Staff staff, String reason) {
		return visible(trackingNumber, staff).flatMap((complaint) -> {
			if (!this.workflow.canUnseal(staff, complaint)) {
				return Mono.error(WorkflowException.forbidden("unseal"));
			}
			IdentityAccess access = new IdentityAccess(this.clock.instant(), staff.username(),
					List.copyOf(staff.roles()), staff.department(), reason.strip());
			// On the complaint (for its reviewers) and in the service's tamper-evident audit trail.
			AuditEvent event = new AuditEvent(staff.username(), String.join(",", staff.roles()),
					"complaint.identity.read", complaint.trackingNumber(), "SHOWN", null,
					Map.of("reason", access.reason(), "department", String.valueOf(staff.department())));
			return this.store.recordIdentityAccess(complaint, access)
				.flatMap((recorded) -> this.audit.record(event).thenReturn(recorded))
				.doOnNext((recorded) -> log.info("Complaint {}: identity unsealed by {}", recorded.trackingNumber(),
						staff.username()))
				.map(this.views::identity);
		});
	}

	private Mono<CaseView> step(String number, Staff staff, String action, StepRequest request,
			UnaryOperator<Complaint> step) {
		return visible(number, staff, request.key())
			.flatMap((complaint) -> this.steps.apply(complaint, action, staff.username(), request, step))
			.map((complaint) -> this.views.forStaff(complaint, staff));
	}

	private Mono<Complaint> visible(String trackingNumber, Staff staff) {
		return visible(trackingNumber, staff, null);
	}

	/**
	 * A complaint of another department is the same 404 as an unknown number, except for the retry of a
	 * step already applied under this Idempotency-Key (an assignment moves the complaint out of the
	 * clerk's sight, and the retry must still get the first answer).
	 */
	private Mono<Complaint> visible(String trackingNumber, Staff staff, String idempotencyKey) {
		if (!staff.isComplaintStaff()) {
			return Mono.error(WorkflowException.forbidden("view"));
		}
		if (!TrackingNumbers.isWellFormed(trackingNumber)) {
			return Mono.error(ComplaintNotFoundException::new);
		}
		return this.store.findByTrackingNumber(trackingNumber)
			.filter((complaint) -> this.workflow.canSee(staff, complaint) || (idempotencyKey != null
					&& complaint.requests().stream().anyMatch((applied) -> applied.key().equals(idempotencyKey))))
			.switchIfEmpty(Mono.error(ComplaintNotFoundException::new));
	}

}
