package org.sunshine.sms.message;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.sunshine.defaults.lifecycle.Once;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
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
 * The messages still to be sent, one small document each ({@code _id} = message id), deleted once the
 * message is submitted or has failed: finding due work scans this short list, never the message log.
 * Whoever changes an entry names the {@code lock} it last saw, and every change writes a fresh one, so of
 * two senders (or replicas) racing for the same entry exactly one wins, and a sender whose lease ran
 * out can no longer touch an entry another one took over.
 * <p>
 * Every write addresses the entry by {@code _id} and {@code lock}, which a unique index covers: on a real
 * MongoDB the {@code _id} alone finds it, and the embedded server (which uses only unique indexes whose
 * keys equal the query's) finds it through that index instead of scanning.
 */
@Repository
class SendQueue {

	static final String COLLECTION = "sms_queue";

	private final ReactiveMongoTemplate mongo;

	private final Mono<Void> indexed;

	SendQueue(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
		var indexes = mongo.indexOps(Entry.class);
		this.indexed = indexes.createIndex(new Index("_id", Sort.Direction.ASC).on("lock", Sort.Direction.ASC)
			.unique()
			.named("id_lock"))
			.then(indexes.createIndex(new Index("priorityRank", Sort.Direction.ASC).on("notBefore", Sort.Direction.ASC)
				.named("due")))
			.then(indexes.createIndex(new Index("leaseUntil", Sort.Direction.ASC).named("lease")))
			.then()
			.as(Once::untilSuccess);
	}

	Mono<Void> ready() {
		return this.indexed;
	}

	/** Queues a message: due at {@code notBefore}, most urgent first. */
	Mono<Entry> add(String messageId, Priority priority, Instant notBefore, Instant now) {
		return this.indexed.then(this.mongo.insert(new Entry(messageId, priority.rank(), notBefore, null, null,
				newLock(), 0, now)));
	}

	/**
	 * Gives an unsent message a queue entry unless it has one: for messages stored before the queue
	 * existed, or whose entry was lost. False when it had one.
	 */
	Mono<Boolean> adopt(SmsMessage message, Instant now) {
		return this.indexed
			.then(this.mongo.insert(new Entry(message.id(), message.priorityRank(), message.notBefore(), null, null,
					newLock(), message.attempts(), now)))
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	/**
	 * Up to {@code limit} entries that may be taken now, most urgent first: waiting ones whose time has
	 * come, and taken ones whose sender's lease ran out (it died). They still have to be {@link #claim claimed}.
	 */
	Flux<Entry> due(Instant now, int limit) {
		Criteria due = new Criteria().orOperator(
				Criteria.where("leaseUntil").is(null).and("notBefore").lte(now),
				Criteria.where("leaseUntil").lt(now));
		return this.mongo.find(Query.query(due).with(Sort.by("priorityRank", "notBefore")).limit(limit), Entry.class);
	}

	/**
	 * Takes an entry found by {@link #due} for one lease and counts the attempt; empty when another sender
	 * changed it since.
	 */
	Mono<Entry> claim(Entry seen, Instant now, Duration lease, String worker) {
		Update claim = new Update().set("lock", newLock())
			.set("leaseUntil", now.plus(lease))
			.set("worker", worker)
			.inc("attempts", 1);
		return this.mongo.findAndModify(held(seen), claim, FindAndModifyOptions.options().returnNew(true),
				Entry.class);
	}

	/**
	 * Gives a claimed entry back, due again at {@code notBefore}; false when the claim was lost.
	 * @param countAttempt false when the attempt was not the message's fault (no link): it is not counted
	 */
	Mono<Boolean> release(Entry claimed, Instant notBefore, boolean countAttempt) {
		Update update = new Update().set("lock", newLock())
			.set("notBefore", notBefore)
			.unset("leaseUntil")
			.unset("worker");
		if (!countAttempt) {
			update.inc("attempts", -1);
		}
		return this.mongo.updateFirst(held(claimed), update, Entry.class).map((r) -> r.getModifiedCount() > 0);
	}

	/** Removes a claimed entry (submitted or failed for good); false when the claim was lost. */
	Mono<Boolean> remove(Entry claimed) {
		return this.mongo.remove(held(claimed), Entry.class).map((r) -> r.getDeletedCount() > 0);
	}

	/** Removes the entry of a message that was never stored (its key was taken meanwhile). */
	Mono<Void> remove(String messageId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(messageId)), Entry.class).then();
	}

	private static Query held(Entry entry) {
		return Query.query(Criteria.where("_id").is(entry.id()).and("lock").is(entry.lock()));
	}

	private static String newLock() {
		return UUID.randomUUID().toString();
	}

	/**
	 * A message waiting to be sent, or being sent.
	 *
	 * @param id the message's id
	 * @param priorityRank {@link Priority#rank()}: lower goes first
	 * @param notBefore earliest send (quiet hours, retry backoff)
	 * @param leaseUntil while taken: when another sender may take over; {@code null} while waiting
	 * @param worker while taken: the sender holding it
	 * @param lock changes with every write; a write names the one it expects
	 * @param attempts send attempts started so far
	 * @param createdAt when queued
	 */
	@Document(COLLECTION)
	record Entry(@Id String id, int priorityRank, Instant notBefore, Instant leaseUntil, String worker, String lock,
			int attempts, Instant createdAt) {

	}

}
