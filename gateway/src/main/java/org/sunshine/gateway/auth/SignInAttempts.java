package org.sunshine.gateway.auth;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Records failed and successful sign-ins on the account document. A failure is a compare-and-set
 * on the counters just read, retried when another request (possibly on another gateway replica)
 * changed them first, so no failure is lost and exactly one request sets each lock.
 */
class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private static final int MAX_ATTEMPTS = 10;

	private final ReactiveMongoTemplate mongo;

	private final SignInBackoff backoff;

	private final Clock clock;

	SignInAttempts(ReactiveMongoTemplate mongo, SignInBackoff backoff, Clock clock) {
		this.mongo = mongo;
		this.backoff = backoff;
		this.clock = clock;
	}

	boolean isLocked(StaffAccount account) {
		return this.backoff.isLocked(account.signInState(), this.clock.instant());
	}

	Mono<Void> recordFailure(String username) {
		return Mono.defer(() -> this.mongo.findById(username, StaffAccount.class).flatMap(this::compareAndSetFailure))
			.retryWhen(Retry.max(MAX_ATTEMPTS).filter(ConcurrentChange.class::isInstance))
			// The answer is a refusal either way; a failure not counted under heavy contention is logged.
			.onErrorResume((error) -> {
				log.warn("Could not record a failed sign-in for an account", error);
				return Mono.empty();
			})
			.then();
	}

	/** Clears the counters after a success or an administrator's unlock; empty when nothing needed clearing. */
	Mono<Void> reset(StaffAccount account) {
		if (account.signInState().equals(SignInBackoff.State.CLEAR)) {
			return Mono.empty();
		}
		return reset(account.username()).then();
	}

	/** Whether the account exists. */
	Mono<Boolean> reset(String username) {
		return this.mongo.updateFirst(Query.query(where("_id").is(username)), set(SignInBackoff.State.CLEAR),
				StaffAccount.class)
			.map((result) -> result.getMatchedCount() == 1);
	}

	private Mono<Void> compareAndSetFailure(StaffAccount account) {
		SignInBackoff.State next = this.backoff.afterFailure(account.signInState(), this.clock.instant());
		// The stored values as read (null when an older document has none), so the update only lands if unchanged.
		Query unchanged = Query.query(where("_id").is(account.username())
			.and("failedSignIns").is(account.failedSignIns())
			.and("lockouts").is(account.lockouts())
			.and("lockedUntil").is(account.lockedUntil()));
		return this.mongo.updateFirst(unchanged, set(next), StaffAccount.class)
			.flatMap((result) -> (result.getMatchedCount() == 1) ? Mono.<Void>empty()
					: Mono.error(new ConcurrentChange()));
	}

	static Update set(SignInBackoff.State state) {
		return new Update().set("failedSignIns", state.failures())
			.set("lockouts", state.lockouts())
			.set("lockedUntil", state.lockedUntil());
	}

	private static final class ConcurrentChange extends RuntimeException {

		ConcurrentChange() {
			super("The sign-in counters changed concurrently", null, false, false);
		}

	}

}
