package org.sunshine.complaint.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import org.sunshine.complaint.notification.OutboxQueue;
import org.sunshine.complaint.notification.SmsOutbox;
import org.sunshine.complaint.privacy.PersonalDataCipher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One pass over the open complaints (RECEIVED, ACCEPTED, ASSIGNED and not suspended) that records the warnings
 * they call for, each once, with its SMS outbox in the same insert.
 *
 * <p>Only one replica scans at a time (a lease); should two overlap anyway, the unique index still records
 * each warning once. The pass reads only complaints due before the {@linkplain WarningGrader#horizon horizon},
 * with a projection, as a stream, and inserts in batches. It remembers, per complaint, the last warning it saw
 * recorded, so a complaint whose level has not changed since the previous pass costs no write; after a
 * restart the first pass finds those warnings already recorded and writes nothing new.
 */
@Component
class WarningScan {

	static final String COMPLAINTS = "complaints";

	static final String JOB = "complaint-warning-scan";

	private static final Logger log = LoggerFactory.getLogger(WarningScan.class);

	private static final List<String> OPEN = List.of("RECEIVED", "ACCEPTED", "ASSIGNED");

	private final ReactiveMongoTemplate mongo;

	private final WarningGrader grader;

	private final DeadlineCalculator calculator;

	private final StaffDirectory directory;

	private final WarningRepository warnings;

	private final PersonalDataCipher cipher;

	private final WarningProperties properties;

	private final SchedulerLease lease;

	private final Clock clock;

	private final String owner;

	private final OutboxQueue outbox;

	/** Per complaint slot ("R:" reply, "A:" acceptance + tracking number), the last warning seen recorded. */
	private volatile Map<String, String> recorded = Map.of();

	@Autowired
	WarningScan(ReactiveMongoTemplate mongo, DeadlineCalculator calculator, WarningRepository warnings,
			PersonalDataCipher cipher, WarningProperties properties, OutboxQueue outbox, Clock clock,
			@Value("${spring.application.name}") String application) {
		this(application + "-" + UUID.randomUUID(), mongo, calculator, warnings, cipher, properties, outbox, clock);
	}

	/** {@code owner} names this replica in the lease (a test or the bench plays two replicas with two owners). */
	WarningScan(String owner, ReactiveMongoTemplate mongo, DeadlineCalculator calculator, WarningRepository warnings,
			PersonalDataCipher cipher, WarningProperties properties, OutboxQueue outbox, Clock clock) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.grader = new WarningGrader(calculator);
		this.calculator = calculator;
		this.directory = StaffDirectory.of(properties.directory());
		this.warnings = warnings;
		this.cipher = cipher;
		this.properties = properties;
		this.lease = new SchedulerLease(mongo, JOB, properties.lease());
		this.clock = clock;
		this.owner = owner;
	}

	/** Runs one pass if this replica gets the lease, at the clock's current time. */
	Mono<ScanResult> scan() {
		return Mono.defer(() -> scan(this.clock.instant()));
	}

	/** Runs one pass as if it were {@code now} (tests and the bench move time instead of waiting). */
	Mono<ScanResult> scan(Instant now) {
		return this.lease.tryAcquire(this.owner, now)
			.flatMap((held) -> held ? Mono.usingWhen(Mono.just(this.owner), (me) -> pass(now), this.lease::release,
					(me, error) -> this.lease.release(me), this.lease::release) : Mono.just(ScanResult.LEASE_HELD_ELSEWHERE));
	}

	private Mono<ScanResult> pass(Instant now) {
		long started = System.nanoTime();
		Map<String, String> known = this.recorded;
		Map<String, String> seen = new HashMap<>(known.size() * 2);
		Map<Instant, Optional<Grade>> grades = new HashMap<>();
		Map<String, String> sealedPhones = new HashMap<>();
		AtomicLong examined = new AtomicLong();
		AtomicLong unchanged = new AtomicLong();
		// concat, not merge: one subscriber at a time, so the plain maps above are never shared between threads.
		return Flux.concat(replyCandidates(now, grades), acceptanceCandidates(now))
			.doOnNext((candidate) -> examined.incrementAndGet())
			.filter((candidate) -> {
				if (candidate.key().equals(known.get(candidate.slot()))) {
					seen.put(candidate.slot(), candidate.key());
					unchanged.incrementAndGet();
					return false;
				}
				return true;
			})
			.buffer(this.properties.batchSize())
			.concatMap((batch) -> record(batch, now, seen, sealedPhones))
			.reduce(ScanResult.EMPTY, ScanResult::plus)
			.map((result) -> new ScanResult(true, examined.get(), result.raised(), result.alreadyRecorded(),
					unchanged.get(), result.failed()))
			.doOnSuccess((result) -> {
				this.recorded = seen;
				if (result.raised() > 0 || result.failed() > 0) {
					log.info("Warning scan: {} complaints examined, {} warnings raised, {} failed, {} ms",
							result.examined(), result.raised(), result.failed(), (System.nanoTime() - started) / 1_000_000);
				}
			});
	}

	private Flux<Candidate> replyCandidates(Instant now, Map<Instant, Optional<Grade>> grades) {
		Query query = Query.query(Criteria.where("status")
			.in(OPEN)
			.and("suspendedAt")
			.is(null)
			.and("dueAt")
			.lt(Date.from(this.grader.horizon(now))));
		query.fields().include("trackingNumber", "dueAt", "handler", "assignedDepartment");
		query.cursorBatchSize(1000);
		return this.mongo.find(query, Document.class, COMPLAINTS).mapNotNull((complaint) -> {
			Instant dueAt = complaint.getDate("dueAt").toInstant();
			// Many complaints share a deadline (the end of a day): grade each deadline once per pass.
			return grades.computeIfAbsent(dueAt, (due) -> this.grader.grade(due, now))
				.map((grade) -> new Candidate("R:", complaint, grade, dueAt))
				.orElse(null);
		});
	}

	private Flux<Candidate> acceptanceCandidates(Instant now) {
		Query query = Query.query(Criteria.where("status")
			.is("RECEIVED")
			.and("suspendedAt")
			.is(null)
			.and("acceptDueAt")
			.lt(Date.from(now)));
		query.fields().include("trackingNumber", "acceptDueAt", "handler", "assignedDepartment");
		query.cursorBatchSize(1000);
		return this.mongo.find(query, Document.class, COMPLAINTS).mapNotNull((complaint) -> {
			Instant acceptDueAt = complaint.getDate("acceptDueAt").toInstant();
			return this.grader.gradeAcceptance(acceptDueAt, now)
				.map((grade) -> new Candidate("A:", complaint, grade, acceptDueAt))
				.orElse(null);
		});
	}

	private Mono<ScanResult> record(List<Candidate> batch, Instant now, Map<String, String> seen,
			Map<String, String> sealedPhones) {
		List<Document> documents = new ArrayList<>(batch.size());
		for (Candidate candidate : batch) {
			documents.add(warning(candidate, now, sealedPhones));
		}
		return this.warnings.insert(documents).map((outcome) -> {
			for (int position : outcome.storedPositions()) {
				Candidate stored = batch.get(position);
				seen.put(stored.slot(), stored.key());
				// The driver gave each inserted document its _id.
				Document warning = documents.get(position);
				if (warning.get("_id") != null && !warning.getList(SmsOutbox.FIELD, Object.class, List.of()).isEmpty()) {
					this.outbox.queued(WarningRepository.COLLECTION, warning.get("_id"));
				}
			}
			long failed = batch.size() - outcome.stored().cardinality();
			return new ScanResult(true, 0, outcome.inserted(), outcome.duplicates(), 0, failed);
		});
	}

	private Document warning(Candidate candidate, Instant now, Map<String, String> sealedPhones) {
		WarningLevel level = candidate.grade().level();
		List<Recipient> recipients = this.directory.recipients(level, candidate.handler(), candidate.department());
		List<Document> outbox = new ArrayList<>();
		Optional<String> template = template(level);
		Map<String, String> params = Map.of("trackingNumber", candidate.trackingNumber(), "dueDate",
				LocalDate.ofInstant(candidate.dueAt(), this.calculator.zone()).toString());
		SmsOutbox.Priority priority = (level == WarningLevel.RED) ? SmsOutbox.Priority.URGENT
				: SmsOutbox.Priority.NORMAL;
		List<Document> recipientDocuments = new ArrayList<>(recipients.size());
		for (Recipient recipient : recipients) {
			recipientDocuments.add(new Document("username", recipient.username()).append("role", recipient.role().name()));
			if (template.isEmpty()) {
				continue;
			}
			sealedPhone(recipient.username(), sealedPhones)
				.ifPresent((sealed) -> outbox.add(SmsOutbox.entry(template.get(), sealed, params, priority, now)));
		}
		return new Document(WarningRepository.TRACKING_NUMBER, candidate.trackingNumber())
			.append(WarningRepository.LEVEL, level.name())
			.append(WarningRepository.OCCURRENCE, candidate.grade().occurrence())
			.append(WarningRepository.DUE_AT, Date.from(candidate.dueAt()))
			.append(WarningRepository.DEPARTMENT, candidate.department())
			.append(WarningRepository.HANDLER, candidate.handler())
			.append(WarningRepository.RAISED_AT, Date.from(now))
			.append(WarningRepository.RECIPIENTS, recipientDocuments)
			.append(SmsOutbox.FIELD, outbox);
	}

	/** Staff phones are sealed once per pass: the same number sealed anew for every warning would cost for nothing. */
	private Optional<String> sealedPhone(String username, Map<String, String> sealedPhones) {
		String sealed = sealedPhones.get(username);
		if (sealed == null) {
			sealed = this.directory.phone(username).map(this.cipher::seal).orElse("");
			sealedPhones.put(username, sealed);
			if (sealed.isEmpty()) {
				log.warn("No phone for staff '{}' in complaint.warning.directory.phones: warnings shown on screen only",
						username);
			}
		}
		return sealed.isEmpty() ? Optional.empty() : Optional.of(sealed);
	}

	private Optional<String> template(WarningLevel level) {
		return switch (level) {
			case BLUE -> Optional.of("WARNING_BLUE");
			case YELLOW -> Optional.of("WARNING_YELLOW");
			case RED -> Optional.of("WARNING_RED");
			case ACCEPTANCE -> Optional.ofNullable(this.properties.acceptanceTemplate()).filter((code) -> !code.isBlank());
		};
	}

	/** A complaint and the warning it calls for. */
	private record Candidate(String slot, String trackingNumber, String handler, String department, Grade grade,
			Instant dueAt) {

		Candidate(String kind, Document complaint, Grade grade, Instant dueAt) {
			this(kind + complaint.getString("trackingNumber"), complaint.getString("trackingNumber"),
					complaint.getString("handler"), complaint.getString("assignedDepartment"), grade, dueAt);
		}

		String key() {
			return this.grade.level() + "/" + this.grade.occurrence() + "/" + this.dueAt.toEpochMilli();
		}

	}

}
