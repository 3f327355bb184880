package org.sunshine.complaint.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.complaint.notification.SmsClient.Outcome;
import org.sunshine.complaint.notification.SmsClient.SendSmsRequest;
import org.sunshine.complaint.privacy.PersonalDataCipher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Hands the outbox entries of complaints and warnings to sms-service, each once: sent with its id as the
 * idempotency key, then pulled out of its document by id. A permanent refusal (a 4xx other than 401, 403, 408
 * and 429) is recorded in {@code notification_failures} and pulled too; anything else waits on the entry
 * ({@code attempts}, {@code nextAttemptAt}, doubling up to a maximum) and is recorded as failed after the last
 * attempt. Sealed phones are opened just before the request and are never logged.
 *
 * <p>Two replicas relaying the same entry at once is harmless: sms-service answers the second with 200
 * (duplicate) and both pulls remove the same entry.
 */
final class SmsRelay {

	static final String FAILURES = "notification_failures";

	private static final Logger log = LoggerFactory.getLogger(SmsRelay.class);

	private final ReactiveMongoTemplate mongo;

	private final SmsClient sms;

	private final ServiceTokenClient tokens;

	private final PersonalDataCipher cipher;

	private final NotificationProperties properties;

	private final Clock clock;

	private final OutboxQueue queue;

	private final AtomicBoolean tokenMissingReported = new AtomicBoolean();

	/** When the scheduled pass next reads every source in full; the first one does. */
	private volatile Instant nextFullPass = Instant.MIN;

	SmsRelay(ReactiveMongoTemplate mongo, SmsClient sms, ServiceTokenClient tokens, PersonalDataCipher cipher,
			NotificationProperties properties, OutboxQueue queue, Clock clock) {
		this.mongo = mongo;
		this.queue = queue;
		this.sms = sms;
		this.tokens = tokens;
		this.cipher = cipher;
		this.properties = properties;
		this.clock = clock;
	}

	/** The scheduled pass at the clock's current time: see {@link #pass(Instant)}. */
	Mono<RelayResult> pass() {
		return Mono.defer(() -> pass(this.clock.instant()));
	}

	/**
	 * Every {@code fullPassInterval} a pass over every source collection; in between only the documents the
	 * {@link OutboxQueue} names, read by id, so an idle outbox costs no store command at all.
	 */
	Mono<RelayResult> pass(Instant now) {
		if (!now.isBefore(this.nextFullPass)) {
			this.nextFullPass = now.plus(this.properties.fullPassInterval());
			return relay(now);
		}
		Map<String, List<Object>> queued = this.queue.takeDue(now, this.properties.batchSize());
		if (queued.isEmpty()) {
			return Mono.just(RelayResult.EMPTY);
		}
		return deliver(Flux.fromIterable(queued.entrySet())
			.concatMap((source) -> due(source.getKey(), Criteria.where("_id").in(source.getValue()), now)), now);
	}

	/** One pass over every source collection, as if it were {@code now} (tests move time to reach a retry). */
	Mono<RelayResult> relay(Instant now) {
		return deliver(Flux.fromIterable(this.properties.sources())
			.concatMap((source) -> due(source, Criteria.where(SmsOutbox.FIELD).elemMatch(dueEntry(now)), now)), now);
	}

	private Mono<RelayResult> deliver(Flux<Pending> due, Instant now) {
		return due.collectList()
			.flatMap((pending) -> pending.isEmpty() ? Mono.just(RelayResult.EMPTY) : token()
				.flatMap((token) -> Flux.fromIterable(pending)
					.flatMap((entry) -> deliver(entry, token, now), this.properties.concurrency())
					.reduce(RelayResult.EMPTY, RelayResult::plus))
				.defaultIfEmpty(RelayResult.NO_TOKEN));
	}

	/** The service token; empty (reported once, not on every pass) while none can be had. */
	private Mono<String> token() {
		return this.tokens.token().doOnNext((token) -> {
			if (this.tokenMissingReported.compareAndSet(true, false)) {
				log.info("SMS relay has a service token again");
			}
		}).onErrorResume((ex) -> {
			if (this.tokenMissingReported.compareAndSet(false, true)) {
				log.warn("SMS relay waits: no service token ({})", ex.getMessage());
			}
			return Mono.empty();
		});
	}

	private static Criteria dueEntry(Instant now) {
		return new Criteria().orOperator(Criteria.where(SmsOutbox.NEXT_ATTEMPT_AT).is(null),
				Criteria.where(SmsOutbox.NEXT_ATTEMPT_AT).lte(Date.from(now)));
	}

	/** Entries whose next attempt is due, in the documents of {@code source} that {@code documents} selects. */
	private Flux<Pending> due(String source, Criteria documents, Instant now) {
		Query query = Query.query(documents).limit(this.properties.batchSize());
		query.fields().include("trackingNumber", SmsOutbox.FIELD);
		return this.mongo.find(query, Document.class, source)
			.flatMapIterable((document) -> document.getList(SmsOutbox.FIELD, Document.class, List.of())
				.stream()
				.filter((entry) -> isDue(entry, now))
				.map((entry) -> new Pending(source, document.get("_id"), document.getString("trackingNumber"), entry))
				.toList());
	}

	private static boolean isDue(Document entry, Instant now) {
		Date next = entry.getDate(SmsOutbox.NEXT_ATTEMPT_AT);
		return entry.getString(SmsOutbox.ID) != null && (next == null || !next.toInstant().isAfter(now));
	}

	private Mono<RelayResult> deliver(Pending pending, String token, Instant now) {
		SendSmsRequest request;
		try {
			request = request(pending.entry());
		}
		catch (RuntimeException ex) {
			// A recipient that cannot be opened (key changed, value damaged) never will be.
			return fail(pending, 0, "recipient cannot be opened: " + ex.getClass().getSimpleName(), now);
		}
		return this.sms.send(request, token).flatMap((outcome) -> switch (outcome.kind()) {
			case SENT -> pull(pending).thenReturn(new RelayResult(true, 1, 0, 0));
			case PERMANENT_FAILURE -> fail(pending, outcome.status(), outcome.detail(), now);
			case UNAUTHORIZED -> {
				this.tokens.invalidate();
				yield retryLater(pending, outcome, now);
			}
			case TRANSIENT_FAILURE -> retryLater(pending, outcome, now);
		});
	}

	private SendSmsRequest request(Document entry) {
		Document params = entry.get(SmsOutbox.PARAMS, Document.class);
		Map<String, String> values = new LinkedHashMap<>();
		if (params != null) {
			params.forEach((name, value) -> values.put(name, String.valueOf(value)));
		}
		String priority = entry.getString(SmsOutbox.PRIORITY);
		return new SendSmsRequest(entry.getString(SmsOutbox.TEMPLATE),
				this.cipher.open(entry.getString(SmsOutbox.RECIPIENT)), values,
				(priority != null) ? priority : SmsOutbox.Priority.NORMAL.name(), entry.getString(SmsOutbox.ID));
	}

	private Mono<RelayResult> retryLater(Pending pending, Outcome outcome, Instant now) {
		int attempts = pending.attempts() + 1;
		if (attempts >= this.properties.maxAttempts()) {
			return fail(pending, outcome.status(), "gave up after " + attempts + " attempts: " + outcome.detail(), now);
		}
		Instant next = now.plus(this.properties.backoff(attempts));
		log.debug("SMS {} of {} failed ({} {}), attempt {} at {}", pending.id(), pending.trackingNumber(),
				outcome.status(), outcome.detail(), attempts + 1, next);
		Query entry = Query.query(Criteria.where("_id").is(pending.documentId()).and(SmsOutbox.FIELD + "." + SmsOutbox.ID).is(pending.id()));
		Update update = new Update().set(SmsOutbox.FIELD + ".$." + SmsOutbox.ATTEMPTS, attempts)
			.set(SmsOutbox.FIELD + ".$." + SmsOutbox.NEXT_ATTEMPT_AT, Date.from(next))
			.set(SmsOutbox.FIELD + ".$." + SmsOutbox.LAST_ERROR, describe(outcome.status(), outcome.detail()));
		return this.mongo.updateFirst(entry, update, pending.source())
			.doOnSuccess((updated) -> this.queue.add(pending.source(), pending.documentId(), next))
			.thenReturn(new RelayResult(true, 0, 0, 1));
	}

	private Mono<RelayResult> fail(Pending pending, int status, String detail, Instant now) {
		Document failure = new Document("_id", pending.id()).append("source", pending.source())
			.append("documentId", pending.documentId())
			.append("trackingNumber", pending.trackingNumber())
			.append("template", pending.entry().getString(SmsOutbox.TEMPLATE))
			.append("priority", pending.entry().getString(SmsOutbox.PRIORITY))
			.append("status", status)
			.append("reason", detail)
			.append("attempts", pending.attempts() + 1)
			.append("failedAt", Date.from(now));
		log.warn("SMS {} ({}) of {} refused for good ({}); recorded in {}", pending.id(),
				pending.entry().getString(SmsOutbox.TEMPLATE), pending.trackingNumber(), describe(status, detail), FAILURES);
		return this.mongo.insert(failure, FAILURES)
			.then()
			// Recorded already by a pass that could not pull the entry afterwards.
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.empty())
			.then(pull(pending))
			.thenReturn(new RelayResult(true, 0, 1, 0));
	}

	private Mono<Void> pull(Pending pending) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(pending.documentId())),
					new Update().pull(SmsOutbox.FIELD, new Document(SmsOutbox.ID, pending.id())), pending.source())
			.then();
	}

	private static String describe(int status, String detail) {
		return (status != 0) ? status + " " + detail : detail;
	}

	private record Pending(String source, Object documentId, String trackingNumber, Document entry) {

		String id() {
			return this.entry.getString(SmsOutbox.ID);
		}

		int attempts() {
			Number attempts = this.entry.get(SmsOutbox.ATTEMPTS, Number.class);
			return (attempts != null) ? attempts.intValue() : 0;
		}

	}

}
