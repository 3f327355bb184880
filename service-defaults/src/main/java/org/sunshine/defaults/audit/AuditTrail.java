package org.sunshine.defaults.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The service's append-only audit trail, a hash chain in its own collection. Appending reads the
 * chain's head (one small document), inserts the next sequence number and moves the head; two
 * writers racing for the same number meet the primary key, and the loser links again behind the
 * winner, moving a head left behind by a writer that stopped half-way. Entries are never updated or deleted
 * by the application (retention is "kept", well beyond the 180 days required).
 */
public class AuditTrail {

	private final ReactiveMongoOperations mongo;

	private final Clock clock;

	AuditTrail(ReactiveMongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Appends one event; completes once it is stored. */
	public Mono<AuditEntry> record(AuditEvent event) {
		return Mono.defer(() -> head().flatMap((head) -> {
			AuditEntry entry = AuditEntry.link(head.sequence() + 1, now(), event, head.hash());
			return this.mongo.insert(entry)
				// Another writer took this number (or one crashed before moving the head): catch up, then again.
				.onErrorResume(DuplicateKeyException.class, (ex) -> catchUp(head).then(Mono.error(ex)))
				.flatMap((stored) -> advance(head, stored).thenReturn(stored));
		}))
			.retryWhen(Retry.backoff(100, Duration.ofMillis(1))
				.maxBackoff(Duration.ofMillis(50))
				.filter(DuplicateKeyException.class::isInstance));
	}

	/** Entries after a sequence number, oldest first (for export and review). */
	public Flux<AuditEntry> entries(long after, int limit) {
		Query query = Query.query(Criteria.where("_id").gt(after))
			.with(Sort.by("_id"))
			.limit(limit);
		return this.mongo.find(query, AuditEntry.class);
	}

	/** Walks the whole chain in order and reports the first link that does not hold. */
	public Mono<AuditVerification> verify() {
		record Walk(long count, AuditEntry previous, Long brokenAt, String problem) {
		}
		AtomicReference<Walk> state = new AtomicReference<>(new Walk(0, null, null, null));
		return this.mongo.find(new Query().with(Sort.by("_id")), AuditEntry.class)
			.takeWhile((entry) -> state.get().brokenAt() == null)
			.doOnNext((entry) -> {
				Walk walk = state.get();
				String problem = problemWith(entry, walk.previous());
				state.set(new Walk(walk.count() + 1, entry, (problem != null) ? entry.sequence() : null, problem));
			})
			.then(Mono.fromSupplier(() -> {
				Walk walk = state.get();
				AuditEntry head = walk.previous();
				return new AuditVerification(walk.brokenAt() == null, walk.count(), (head != null) ? head.sequence() : 0,
						(head != null) ? head.hash() : AuditEntry.GENESIS, walk.brokenAt(), walk.problem());
			}));
	}

	private static String problemWith(AuditEntry entry, AuditEntry previous) {
		long expectedSequence = (previous != null) ? previous.sequence() + 1 : 1;
		String expectedPrevious = (previous != null) ? previous.hash() : AuditEntry.GENESIS;
		if (entry.sequence() != expectedSequence) {
			return "entries " + expectedSequence + " to " + (entry.sequence() - 1) + " are missing";
		}
		if (!expectedPrevious.equals(entry.previousHash())) {
			return "the link to the previous entry does not match";
		}
		if (!ChainHash.of(entry).equals(entry.hash())) {
			return "the entry's content does not match its hash";
		}
		return null;
	}

	// MongoDB keeps milliseconds; the hash must cover exactly what is stored.
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * The chain's head lives in one document read by its id, so appending never scans the trail. It is
	 * moved after the entry is stored; the entry, not the head, is the record.
	 */
	private Mono<Head> head() {
		return this.mongo.findById(Head.ID, Head.class).defaultIfEmpty(Head.EMPTY);
	}

	private Mono<Void> advance(Head from, AuditEntry to) {
		Head next = new Head(Head.ID, to.sequence(), to.hash());
		if (from == Head.EMPTY) {
			return this.mongo.insert(next).onErrorResume(DuplicateKeyException.class, (ex) -> Mono.empty()).then();
		}
		Query current = Query.query(Criteria.where("_id").is(Head.ID).and("sequence").is(from.sequence()));
		return this.mongo
			.updateFirst(current, Update.update("sequence", next.sequence()).set("hash", next.hash()), Head.class)
			.then();
	}

	private Mono<Void> catchUp(Head head) {
		return this.mongo.findById(head.sequence() + 1, AuditEntry.class).flatMap((taken) -> advance(head, taken));
	}

	@Document("audit_trail_head")
	record Head(@Id String id, long sequence, String hash) {

		static final String ID = "head";

		static final Head EMPTY = new Head(ID, 0, AuditEntry.GENESIS);

	}

}
