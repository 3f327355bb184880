package org.sunshine.complaint.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.complaint.complaint.Complaint.Idempotency;
import org.sunshine.complaint.complaint.Complaint.SealedComplainant;
import org.sunshine.complaint.complaint.Complaint.TimelineEntry;
import org.sunshine.complaint.deadline.Deadline;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import org.sunshine.complaint.deadline.DeadlineRule;
import org.sunshine.complaint.privacy.Masks;
import org.sunshine.complaint.privacy.PersonalDataCipher;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Files complaints (online or recorded by staff) and lets complainants follow and act on them. */
@Service
public class ComplaintService {

	static final String PUBLIC_ACTOR = "PUBLIC";

	private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);

	private final ComplaintRepository complaints;

	private final ComplaintStore store;

	private final ComplaintSteps steps;

	private final ComplaintViews views;

	private final Workflow workflow;

	private final DeadlineCalculator deadlines;

	private final ReplyRules rules;

	private final WorkflowProperties properties;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	private final Clock clock;

	private final TrackingNumbers trackingNumbers;

	private final AccessCodes accessCodes = new AccessCodes();

	ComplaintService(ComplaintRepository complaints, ComplaintStore store, ComplaintSteps steps,
			ComplaintViews views, Workflow workflow, DeadlineCalculator deadlines, ReplyRules rules,
			WorkflowProperties properties, PersonalDataCipher cipher, JsonMapper json, Clock clock) {
		this.complaints = complaints;
		this.store = store;
		this.steps = steps;
		this.views = views;
		this.workflow = workflow;
		this.deadlines = deadlines;
		this.rules = rules;
		this.properties = properties;
		this.cipher = cipher;
		this.json = json;
		this.clock = clock;
		this.trackingNumbers = new TrackingNumbers(deadlines.zone());
	}

	/**
	 * Files a complaint once per idempotency key: a retry with the same key and body gets the same
	 * answer (the same tracking number and access code); the same key with another body is refused.
	 * The complaint, its idempotency record and its SMS are one document, so there is no state in which
	 * one exists without the others.
	 */
	Mono<FiledComplaintView> file(FileComplaintRequest request, String idempotencyKey) {
		return intake(request, request, idempotencyKey, Channel.ONLINE, this.clock.instant(), PUBLIC_ACTOR, "FILED");
	}

	/** A complaint that came by hotline, letter, visit or SMS, recorded by a clerk with its real time of receipt. */
	Mono<FiledComplaintView> record(RecordComplaintRequest request, String idempotencyKey, Staff staff) {
		if (!staff.hasAny(Staff.CLERK, Staff.SUPERVISOR)) {
			return Mono.error(WorkflowException.forbidden("record"));
		}
		return intake(request.asFiled(), request, idempotencyKey, request.channel(), request.receivedAt().toInstant(),
				staff.username(), "RECORDED");
	}

	private Mono<FiledComplaintView> intake(FileComplaintRequest request, Object asSent, String idempotencyKey,
			Channel channel, Instant receivedAt, String actor, String action) {
		String requestHash = this.cipher
			.fingerprint(new String(this.json.writeValueAsBytes(asSent), StandardCharsets.UTF_8));
		// Insert first: a new key, the usual case, costs one store command instead of a lookup and an insert.
		// A key seen before (a retry, or two concurrent requests with one key) fails on its unique index, and
		// the answer comes from the complaint that holds it.
		return insertNew(request, idempotencyKey, requestHash, channel, receivedAt, actor, action)
			.onErrorResume(ComplaintService::isIdempotencyKeyClash,
					(seen) -> this.complaints.findByIdempotencyKey(idempotencyKey)
						.map((existing) -> replay(existing, requestHash)));
	}

	private Mono<FiledComplaintView> insertNew(FileComplaintRequest request, String idempotencyKey,
			String requestHash, Channel channel, Instant receivedAt, String actor, String action) {
		return this.rules.current()
			.flatMap((rules) -> insertNew(request, idempotencyKey, requestHash, channel, receivedAt, actor, action,
					rules));
	}

	private Mono<FiledComplaintView> insertNew(FileComplaintRequest request, String idempotencyKey,
			String requestHash, Channel channel, Instant receivedAt, String actor, String action,
			ReplyRuleSet rules) {
		DeadlineRule rule = rules.replyFor(request.type());
		Deadline deadline = this.deadlines.dueAt(receivedAt, rule);
		Instant acceptDueAt = this.deadlines.dueAt(receivedAt, rules.acceptance()).due().toInstant();
		String accessCode = this.accessCodes.generate();
		Instant now = this.clock.instant();
		SealedComplainant complainant = seal(request);
		String note = (channel == Channel.ONLINE) ? null : channel.name();
		return Mono.defer(() -> {
			Complaint draft = new Complaint(null, this.trackingNumbers.next(receivedAt), request.type(),
					request.subject().strip(), request.content().strip(), request.department(), request.powerCode(),
					complainant, channel, receivedAt, rule, deadline.due().toInstant(), ComplaintStatus.RECEIVED,
					AccessCodes.hash(accessCode), List.of(new TimelineEntry(now, action, actor, note)),
					new Idempotency(idempotencyKey, requestHash, this.cipher.seal(accessCode)), null, null,
					acceptDueAt, null, null, List.of(), List.of(), List.of(), List.of(), 0, List.of(), null,
					List.of(), List.of(), 0, null, null);
			ComplaintEdit withSms = new ComplaintEdit(draft);
			this.workflow.sms(draft, OutboxEntry.RECEIVED, now).ifPresent(withSms.outbox::add);
			return this.store.insert(withSms.build());
		})
			// A clash of tracking numbers is rare; draw another (a key clash is answered by the caller).
			.retryWhen(Retry.max(3).filter(ComplaintService::isTrackingNumberClash))
			.doOnNext((saved) -> log.info("Complaint {} {} via {} by {}", saved.trackingNumber(), action, channel,
					actor))
			.map((saved) -> filed(saved, accessCode));
	}

	private FiledComplaintView replay(Complaint existing, String requestHash) {
		if (!existing.idempotency().requestHash().equals(requestHash)) {
			throw new IdempotencyKeyReusedException();
		}
		return filed(existing, this.cipher.open(existing.idempotency().sealedAccessCode()));
	}

	private FiledComplaintView filed(Complaint complaint, String accessCode) {
		return new FiledComplaintView(complaint.trackingNumber(), accessCode, atZone(complaint.dueAt()),
				complaint.status());
	}

	/** The complaint, when the number exists and the access code opens it; otherwise empty, alike. */
	Mono<ComplaintView> track(String trackingNumber, String accessCode) {
		return opened(trackingNumber, accessCode).map(this.views::forComplainant);
	}

	Mono<ComplaintView> supplement(String trackingNumber, String accessCode, AddSupplementRequest request,
			String idempotencyKey) {
		return publicStep(trackingNumber, accessCode, "supplement", request, idempotencyKey,
				(complaint) -> this.workflow.supplement(complaint, request.text().strip(), this.clock.instant()));
	}

	Mono<ComplaintView> withdraw(String trackingNumber, String accessCode, String idempotencyKey) {
		return publicStep(trackingNumber, accessCode, "withdraw", null, idempotencyKey,
				(complaint) -> this.workflow.withdraw(complaint, this.clock.instant()));
	}

	Mono<ComplaintView> rate(String trackingNumber, String accessCode, RateComplaintRequest request,
			String idempotencyKey) {
		return publicStep(trackingNumber, accessCode, "rate", request, idempotencyKey,
				(complaint) -> this.workflow.rate(complaint, request.grade(), emptyToNull(request.comment()),
						this.clock.instant()));
	}

	private Mono<ComplaintView> publicStep(String trackingNumber, String accessCode, String action, Object body,
			String idempotencyKey, java.util.function.UnaryOperator<Complaint> step) {
		StepRequest request = this.steps.request(idempotencyKey, action, body, null);
		return opened(trackingNumber, accessCode)
			.switchIfEmpty(Mono.error(ComplaintNotFoundException::new))
			.flatMap((complaint) -> this.steps.apply(complaint, action, PUBLIC_ACTOR, request, step))
			.map(this.views::forComplainant);
	}

	/**
	 * The complaint if the code opens it. Wrong codes are counted per number; after too many the number
	 * opens with no code for a while, and the answer stays the same 404 as for an unknown number.
	 */
	private Mono<Complaint> opened(String trackingNumber, String accessCode) {
		if (!TrackingNumbers.isWellFormed(trackingNumber)) {
			return Mono.empty();
		}
		return this.complaints.findByTrackingNumber(trackingNumber).flatMap((complaint) -> {
			Instant now = this.clock.instant();
			if (complaint.accessLockedUntil() != null && now.isBefore(complaint.accessLockedUntil())) {
				return Mono.empty();
			}
			if (!AccessCodes.matches(accessCode, complaint.accessCodeHash())) {
				log.info("Wrong access code for complaint {}", complaint.trackingNumber());
				return this.store
					.recordAccessFailure(complaint, this.properties.maxAccessFailures(),
							now.plus(this.properties.accessLock()))
					.then(Mono.empty());
			}
			return this.store.clearAccessFailures(complaint).thenReturn(complaint);
		});
	}

	private SealedComplainant seal(FileComplaintRequest request) {
		if (request.anonymous()) {
			return null;
		}
		return new SealedComplainant(this.cipher.seal(request.name()), this.cipher.seal(request.phone()),
				this.cipher.seal(emptyToNull(request.idNumber())), Masks.phone(request.phone()));
	}

	private OffsetDateTime atZone(Instant instant) {
		return instant.atZone(this.deadlines.zone()).toOffsetDateTime();
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static boolean isTrackingNumberClash(Throwable error) {
		return isDuplicateOf(error, "trackingNumber");
	}

	private static boolean isIdempotencyKeyClash(Throwable error) {
		return isDuplicateOf(error, "idempotency.key");
	}

	/** Which unique index refused an insert: the server names it (or its key) in the message. */
	private static boolean isDuplicateOf(Throwable error, String field) {
		return error instanceof DuplicateKeyException && error.getMessage() != null
				&& error.getMessage().contains(field);
	}

}
