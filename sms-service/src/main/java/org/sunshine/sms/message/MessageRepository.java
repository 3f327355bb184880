package org.sunshine.sms.message;

import java.time.Duration;
import java.time.Instant;

import org.sunshine.sms.message.SmsMessage.Receipt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Every state change of a message is one conditional, atomic update of its document: a claim only
 * takes a QUEUED message (or one whose lease ran out), and a sender only writes while it still holds
 * the claim, so two replicas never send the same message.
 */
@Repository
class MessageRepository {

	private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);

	private final ReactiveMongoTemplate mongo;

	private final Mono<Void> indexed;

	MessageRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
		var indexes = mongo.indexOps(SmsMessage.class);
		this.indexed = indexes.createIndex(new Index("idempotencyKey", Sort.Direction.ASC).unique().named("idempotency_key"))
			.then(indexes.createIndex(new Index("status", Sort.Direction.ASC).on("priorityRank", Sort.Direction.ASC)
				.on("notBefore", Sort.Direction.ASC)
				.named("claim")))
			.then(indexes.createIndex(new Index("providerIds", Sort.Direction.ASC).named("provider_ids")))
			.then(indexes.createIndex(new Index("createdAt", Sort.Direction.DESC).named("created_at")))
			.then()
			// Kept once created; a failure (store not up yet) is retried by the next caller.
			.cache((done) -> FOREVER, (ex) -> Duration.ZERO, () -> FOREVER);
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
	 * Takes the most urgent due message: QUEUED with {@code notBefore} passed, or SENDING with an
	 * expired lease (its sender died). Counts the attempt in the same write.
	 */
	Mono<SmsMessage> claimNext(Instant now, Duration lease, String worker) {
		Criteria due = new Criteria().orOperator(
				Criteria.where("status").is(MessageStatus.QUEUED).and("notBefore").lte(now),
				Criteria.where("status").is(MessageStatus.SENDING).and("leaseUntil").lt(now));
		Query query = Query.query(due).with(Sort.by("priorityRank", "notBefore"));
		Update claim = new Update().set("status", MessageStatus.SENDING)
			.set("leaseUntil", now.plus(lease))
			.set("claimedBy", worker)
			.inc("attempts", 1);
		return this.mongo.findAndModify(query, claim, FindAndModifyOptions.options().returnNew(true), SmsMessage.class);
	}

	/** Records one accepted segment; empty when the claim was lost (the caller must stop). */
	Mono<SmsMessage> recordSegment(String id, String worker, String providerId) {
		return this.mongo.findAndModify(held(id, worker), new Update().push("providerIds", providerId),
				FindAndModifyOptions.options().returnNew(true), SmsMessage.class);
	}

	Mono<SmsMessage> markSubmitted(String id, String worker, Instant now) {
		Update update = new Update().set("status", MessageStatus.SUBMITTED)
			.set("submittedAt", now)
			.unset("leaseUntil")
			.unset("claimedBy");
		return this.mongo.findAndModify(held(id, worker), update, FindAndModifyOptions.options().returnNew(true),
				SmsMessage.class);
	}

	/** Back to the queue for another attempt at {@code notBefore}. */
	Mono<Boolean> reschedule(String id, String worker, Instant notBefore, String error, boolean countAttempt) {
		Update update = new Update().set("status", MessageStatus.QUEUED)
			.set("notBefore", notBefore)
			.set("lastError", error)
			.unset("leaseUntil")
			.unset("claimedBy");
		if (!countAttempt) {
			update.inc("attempts", -1);
		}
		return this.mongo.updateFirst(held(id, worker), update, SmsMessage.class).map((r) -> r.getModifiedCount() > 0);
	}

	Mono<Boolean> fail(String id, String worker, String reason, Instant now) {
		Update update = new Update().set("status", MessageStatus.FAILED)
			.set("failureReason", reason)
			.set("finishedAt", now)
			.unset("leaseUntil")
			.unset("claimedBy");
		return this.mongo.updateFirst(held(id, worker), update, SmsMessage.class).map((r) -> r.getModifiedCount() > 0);
	}

	/** Adds a receipt to the message owning that segment; empty when no message has the id (yet). */
	Mono<SmsMessage> addReceipt(Receipt receipt) {
		return this.mongo.findAndModify(Query.query(Criteria.where("providerIds").is(receipt.providerId())),
				new Update().addToSet("receipts", receipt), FindAndModifyOptions.options().returnNew(true),
				SmsMessage.class);
	}

	/** SUBMITTED → a final status; false when it already left SUBMITTED (another receipt won). */
	Mono<Boolean> finish(String id, MessageStatus status, String reason, Instant now) {
		Query submitted = Query.query(Criteria.where("_id").is(id).and("status").is(MessageStatus.SUBMITTED));
		Update update = new Update().set("status", status).set("finishedAt", now);
		if (reason != null) {
			update.set("failureReason", reason);
		}
		return this.mongo.updateFirst(submitted, update, SmsMessage.class).map((r) -> r.getModifiedCount() > 0);
	}

	/** SUBMITTED messages without a final receipt since before {@code cutoff}. */
	Flux<SmsMessage> submittedBefore(Instant cutoff, int limit) {
		return this.mongo.find(Query
			.query(Criteria.where("status").is(MessageStatus.SUBMITTED).and("submittedAt").lt(cutoff))
			.limit(limit), SmsMessage.class);
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

	private static Query held(String id, String worker) {
		return Query.query(
				Criteria.where("_id").is(id).and("status").is(MessageStatus.SENDING).and("claimedBy").is(worker));
	}

}
