package org.sunshine.complaint.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

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

/** Files complaints and lets complainants follow them. */
@Service
public class ComplaintService {

	static final String PUBLIC_ACTOR = "PUBLIC";

	private final ComplaintRepository complaints;

	private final DeadlineCalculator deadlines;

	private final ReplyDeadlineProperties rules;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	private final Clock clock;

	private final TrackingNumbers trackingNumbers;

	private final AccessCodes accessCodes = new AccessCodes();

	ComplaintService(ComplaintRepository complaints, DeadlineCalculator deadlines, ReplyDeadlineProperties rules,
			PersonalDataCipher cipher, JsonMapper json, Clock clock) {
		this.complaints = complaints;
		this.deadlines = deadlines;
		this.rules = rules;
		this.cipher = cipher;
		this.json = json;
		this.clock = clock;
		this.trackingNumbers = new TrackingNumbers(deadlines.zone());
	}

	/**
	 * Files a complaint once per idempotency key: a retry with the same key and body gets the same
	 * answer (the same tracking number and access code); the same key with another body is refused.
	 * The complaint and its idempotency record are one document, so there is no state in which one
	 * exists without the other.
	 */
	Mono<FiledComplaintView> file(FileComplaintRequest request, String idempotencyKey) {
		String requestHash = this.cipher.fingerprint(new String(this.json.writeValueAsBytes(request),
				StandardCharsets.UTF_8));
		return this.complaints.findByIdempotencyKey(idempotencyKey)
			.map((existing) -> replay(existing, requestHash))
			.switchIfEmpty(Mono.defer(() -> insertNew(request, idempotencyKey, requestHash)))
			// Two concurrent requests with one key: the loser reads the winner's complaint.
			.onErrorResume(DuplicateKeyException.class, (race) -> this.complaints.findByIdempotencyKey(idempotencyKey)
				.map((existing) -> replay(existing, requestHash)));
	}

	private Mono<FiledComplaintView> insertNew(FileComplaintRequest request, String idempotencyKey,
			String requestHash) {
		Instant receivedAt = this.clock.instant();
		DeadlineRule rule = this.rules.ruleFor(request.type());
		Deadline deadline = this.deadlines.dueAt(receivedAt, rule);
		String accessCode = this.accessCodes.generate();
		return Mono.defer(() -> {
			Complaint complaint = new Complaint(null, this.trackingNumbers.next(receivedAt), request.type(),
					request.subject().strip(), request.content().strip(), request.department(), request.powerCode(),
					seal(request), Channel.ONLINE, receivedAt, rule, deadline.due().toInstant(),
					ComplaintStatus.RECEIVED, AccessCodes.hash(accessCode),
					List.of(new TimelineEntry(receivedAt, "FILED", PUBLIC_ACTOR, null)),
					new Idempotency(idempotencyKey, requestHash, this.cipher.seal(accessCode)), null);
			return this.complaints.insert(complaint);
		})
			// A clash of tracking numbers is rare; draw another (a key clash is answered by the caller).
			.retryWhen(Retry.max(3).filter(ComplaintService::isTrackingNumberClash))
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
		if (!TrackingNumbers.isWellFormed(trackingNumber)) {
			return Mono.empty();
		}
		return this.complaints.findByTrackingNumber(trackingNumber)
			.filter((complaint) -> AccessCodes.matches(accessCode, complaint.accessCodeHash()))
			.map(this::view);
	}

	private ComplaintView view(Complaint complaint) {
		List<ComplaintView.Step> steps = complaint.timeline()
			.stream()
			.map((entry) -> new ComplaintView.Step(atZone(entry.at()), entry.action(), entry.note()))
			.toList();
		return new ComplaintView(complaint.trackingNumber(), complaint.type(), complaint.subject(),
				complaint.content(), complaint.status(), complaint.channel(), atZone(complaint.receivedAt()),
				atZone(complaint.dueAt()), complaint.replyRule().days(), complaint.replyRule().unit().name(), steps);
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
		return error instanceof DuplicateKeyException && error.getMessage() != null
				&& error.getMessage().contains("trackingNumber");
	}

}
