package org.sunshine.complaint.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A lease in {@code scheduler_leases} ({@code _id} = job name, {@code owner}, {@code expiresAt}) so that one
 * replica at a time runs a job. Taken by one atomic findAndModify when free, expired or already ours; the
 * first take of a job inserts the document, and of two replicas inserting at once the unique {@code _id}
 * lets one win. A replica that dies holding it is replaced once the lease expires.
 */
final class SchedulerLease {

	static final String COLLECTION = "scheduler_leases";

	private final ReactiveMongoTemplate mongo;

	private final String job;

	private final Duration duration;

	SchedulerLease(ReactiveMongoTemplate mongo, String job, Duration duration) {
		this.mongo = mongo;
		this.job = job;
		this.duration = duration;
	}

	/** Whether {@code owner} holds the lease after this call (taken now, renewed, or refused). */
	Mono<Boolean> tryAcquire(String owner, Instant now) {
		Date expiresAt = Date.from(now.plus(this.duration));
		Query takeable = Query.query(Criteria.where("_id")
			.is(this.job)
			.orOperator(Criteria.where("expiresAt").lte(Date.from(now)), Criteria.where("owner").is(owner)));
		return this.mongo
			.findAndModify(takeable, new Update().set("owner", owner).set("expiresAt", expiresAt),
					FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)
			.map((taken) -> true)
			.switchIfEmpty(Mono.defer(() -> this.mongo
				.insert(new Document("_id", this.job).append("owner", owner).append("expiresAt", expiresAt),
						COLLECTION)
				.map((inserted) -> true)
				.onErrorResume(DuplicateKeyException.class, (held) -> Mono.just(false))));
	}

	/** Frees the lease if {@code owner} still holds it, so the next pass need not wait for it to expire. */
	Mono<Void> release(String owner) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(this.job).and("owner").is(owner)),
					new Update().set("expiresAt", Date.from(Instant.EPOCH)), COLLECTION)
			.then();
	}

}
