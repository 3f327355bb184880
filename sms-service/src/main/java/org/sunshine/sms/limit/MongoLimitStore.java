package org.sunshine.sms.limit;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Counters in Mongo, one document per window. Taking a slot is one atomic upsert that only matches
 * while the count is under the limit: at the limit the upsert collides with the existing counter's id
 * and fails, so concurrent requests on any number of replicas can never overshoot.
 */
final class MongoLimitStore implements LimitStore {

	static final String COLLECTION = "sms_limit_counters";

	private final ReactiveMongoTemplate mongo;

	MongoLimitStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Boolean> take(SendLimiter.Slot slot) {
		Query underLimit = Query.query(Criteria.where("_id").is(slot.key()).and("count").lt(slot.max()));
		// expiresAt lets a TTL index on a real MongoDB drop old counters.
		Update increment = new Update().inc("count", 1)
			.setOnInsert("expiresAt", slot.expiresAt().plus(Duration.ofHours(1)));
		return this.mongo
			.findAndModify(underLimit, increment, FindAndModifyOptions.options().upsert(true).returnNew(true),
					Counter.class, COLLECTION)
			.map((counter) -> true)
			.defaultIfEmpty(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	@Override
	public Mono<Void> giveBack(SendLimiter.Slot slot) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(slot.key())), new Update().inc("count", -1), COLLECTION)
			.then();
	}

	record Counter(String id, int count, Instant expiresAt) {

	}

}
