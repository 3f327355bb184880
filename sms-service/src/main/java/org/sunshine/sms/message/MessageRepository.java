package org.sunshine.sms.message;

import java.time.Instant;

import org.sunshine.defaults.lifecycle.Once;
import org.sunshine.sms.message.SmsMessage.Receipt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The message log and what matches receipts back to it. Every per-message read and write addresses one
 * document by {@code _id} (or the unique idempotency key): the log only grows, and the embedded server
 * scans the whole collection for any other query. Who may change a message is decided elsewhere: the
 * {@link SendQueue} entry (claimed by one sender at a time) until it is submitted, then the
 * {@code sms_awaiting_receipts} entry, which exactly one settler removes.
 * <ul>
 * <li>{@code sms_segments}: SMSC message id ({@code _id}) → message id, written as each segment is accepted;</li>
 * <li>{@code sms_awaiting_receipts}: submitted messages without their final receipts yet ({@code _id} =
 * message id), a short list the expiry scans.</li>
 * </ul>
 */
@Repository
class MessageRepository {

	static final String SEGMENTS = "sms_segments";

	static final String AWAITING = "sms_awaiting_receipts";

	private final ReactiveMongoTemplate mongo;

	private final Mono<Void> indexed;

	MessageRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
		var indexes = mongo.indexOps(SmsMessage.class);
		this.indexed = indexes.createIndex(new Index("idempotencyKey", Sort.Direction.ASC).unique().named("idempotency_key"))
			// Serves the staff filter by status and the search for unsent messages at start.
			.then(indexes.createIndex(new Index("status", Sort.Direction.ASC).on("priorityRank", Sort.Direction.ASC)
				.on("notBefore", Sort.Direction.ASC)
				.named("claim")))
			.then(indexes.createIndex(new Index("createdAt", Sort.Direction.DESC).named("created_at")))
			.then(mongo.indexOps(Awaiting.class).createIndex(new Index("submittedAt", Sort.Direction.ASC).named("submitted_at")))
			.then()
			.as(Once::untilSuccess);
	}

	/** Completes once the indexes exist; above all the unique idempotency key. */
	Mono<Void> ready() {
		return this.indexed;
	}

	Mono<SmsMessage> insert(SmsMessage message) {
		return this.indexed.then(this.mongo.insert(message));
	}

	Mono<SmsMessage> findByIdempotencyKey(String key) {
		return this.mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(key)), SmsMessage.class);
	}

	Mono<SmsMessage> findById(String id) {
		return this.mongo.findById(id, SmsMessage.class);
	}

	/**
	 * Records one accepted segment: its SMSC id → this message (for the receipt), then on the message, which
	 * shows SENDING from the first one on. Empty when the message is gone.
	 */
	Mono<SmsMessage> recordSegment(String id, String providerId, int attempts, Instant now) {
		Update update = new Update().push("providerIds", providerId)
			.set("status", MessageStatus.SENDING)
			.set("attempts", attempts);
		return this.mongo.save(new Segment(providerId, id, now))
			.then(this.mongo.findAndModify(byId(id), update, FindAndModifyOptions.options().returnNew(true),
					SmsMessage.class));
	}

	/**
	 * Records the last segment and marks the message SUBMITTED in one write (one round trip fewer
	 * than {@link #recordSegment} then {@link #markSubmitted}); the segment entry first, as there.
	 */
	Mono<SmsMessage> recordLastSegment(String id, String providerId, int attempts, Instant now) {
		return this.mongo.save(new Segment(providerId, id, now))
			.then(submit(id, submitted(attempts, now).push("providerIds", providerId), now));
	}

	/** Every segment is accepted: the message now waits for its receipts. */
	Mono<SmsMessage> markSubmitted(String id, int attempts, Instant now) {
		return submit(id, submitted(attempts, now), now);
	}

	/** The awaiting entry is written first, so whoever sees SUBMITTED can also settle it. */
	private Mono<SmsMessage> submit(String id, Update submitted, Instant now) {
		return this.mongo.save(new Awaiting(id, now))
			.then(this.mongo.findAndModify(byId(id), submitted, FindAndModifyOptions.options().returnNew(true),
					SmsMessage.class));
	}

	private static Update submitted(int attempts, Instant now) {
		return new Update().set("status", MessageStatus.SUBMITTED).set("submittedAt", now).set("attempts", attempts);
	}

	/** Back to QUEUED for another attempt at {@code notBefore} (the queue entry says when; this is for staff). */
	Mono<Void> reschedule(String id, Instant notBefore, String error, int attempts) {
		Update update = new Update().set("status", MessageStatus.QUEUED)
			.set("notBefore", notBefore)
			.set("lastError", error)
			.set("attempts", attempts);
		return this.mongo.updateFirst(byId(id), update, SmsMessage.class).then();
	}

	/** FAILED for good before it was submitted. */
	Mono<Void> fail(String id, String reason, int attempts, Instant now) {
		Update update = new Update().set("status", MessageStatus.FAILED)
			.set("failureReason", reason)
			.set("finishedAt", now)
			.set("attempts", attempts);
		return this.mongo.updateFirst(byId(id), update, SmsMessage.class).then();
	}

	/** The message a segment's SMSC id belongs to; empty when no sender recorded that id (yet). */
	Mono<String> messageIdOf(String providerId) {
		return this.mongo.findById(providerId, Segment.class).map(Segment::messageId);
	}

	/** Adds a receipt to a message (a second copy of the same receipt changes nothing). */
	Mono<SmsMessage> addReceipt(String id, Receipt receipt) {
		return this.mongo.findAndModify(byId(id), new Update().addToSet("receipts", receipt),
				FindAndModifyOptions.options().returnNew(true), SmsMessage.class);
	}

	/**
	 * SUBMITTED → a final status, by whoever removes the awaiting entry first (a receipt, or the expiry);
	 * false for everyone else.
	 */
	Mono<Boolean> finish(String id, MessageStatus status, String reason, Instant now) {
		Update update = new Update().set("status", status).set("finishedAt", now);
		if (reason != null) {
			update.set("failureReason", reason);
		}
		return this.mongo.findAndRemove(byId(id), Awaiting.class)
			.flatMap((won) -> this.mongo.updateFirst(byId(id), update, SmsMessage.class).thenReturn(true))
			.defaultIfEmpty(false);
	}

	/** Messages not submitted yet (QUEUED or SENDING): once at start, to give each one a queue entry. */
	Flux<SmsMessage> unsent() {
		return this.mongo.find(Query.query(Criteria.where("status").in(MessageStatus.QUEUED, MessageStatus.SENDING)),
				SmsMessage.class);
	}

	/** Ids of messages SUBMITTED before {@code cutoff} and still without their final receipts. */
	Flux<String> awaitingSince(Instant cutoff, int limit) {
		return this.mongo
			.find(Query.query(Criteria.where("submittedAt").lt(cutoff)).limit(limit), Awaiting.class)
			.map(Awaiting::id);
	}

	Flux<SmsMessage> page(Criteria filter, int page, int size) {
		Query query = Query.query(filter)
			.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
			.skip((long) page * size)
			.limit(size);
		return this.mongo.find(query, SmsMessage.class);
	}

	Mono<Long> count(Criteria filter) {
		return this.mongo.count(Query.query(filter), SmsMessage.class);
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

	/** Which message a segment's SMSC id belongs to. */
	@Document(SEGMENTS)
	record Segment(@Id String id, String messageId, Instant acceptedAt) {

	}

	/** A submitted message waiting for the receipts that settle it. */
	@Document(AWAITING)
	record Awaiting(@Id String id, Instant submittedAt) {

	}

}
