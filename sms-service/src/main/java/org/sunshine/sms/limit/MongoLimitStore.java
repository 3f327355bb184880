package org.sunshine.sms.limit;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Counters in Mongo, one document per window, always addressed by {@code _id} alone (an index lookup on
 * any Mongo, also the embedded one, which scans the whole collection for anything else). Taking a slot
 * is one atomic increment; a count that lands above the limit is taken back at once and refused. So the
 * count of slots granted never exceeds the limit, whatever the number of replicas: a request is granted
 * only if its own increment returned at most the limit.
 */
final class MongoLimitStore implements LimitStore {

	static final String COLLECTION = "sms_limit_counters";

	private final ReactiveMongoTemplate mongo;

	MongoLimitStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Boolean> take(SendLimiter.Slot slot) {
		// expiresAt lets a TTL index on a real MongoDB drop old counters.
		Update increment = new Update().inc("count", 1)
			.setOnInsert("expiresAt", slot.expiresAt().plus(Duration.ofHours(1)));
		return this.mongo
			.findAndModify(byId(slot), increment, FindAndModifyOptions.options().upsert(true).returnNew(true),
					Counter.class, COLLECTION)
			// Two first requests of a window upsert at once: one insert loses on the _id, its retry increments.
			.retryWhen(Retry.max(1).filter(DuplicateKeyException.class::isInstance))
			.flatMap((counter) -> (counter.count() <= slot.max()) ? Mono.just(true)
					: giveBack(slot).thenReturn(false));
	}

	@Override
	public Mono<Void> giveBack(SendLimiter.Slot slot) {
		return this.mongo
			.updateFirst(byId(slot), new Update().inc("count", -1), COLLECTION)
			.then();
	}

	private static Query byId(SendLimiter.Slot slot) {
		return Query.query(Criteria.where("_id").is(slot.key()));
	}

	record Counter(String id, int count, Instant expiresAt) {

	}

}
