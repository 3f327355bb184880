package org.sunshine.disclosure.review;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.disclosure.feed.FeedSequence;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Turns approved versions public. The order makes it repeatable without transactions:
 * <ol>
 * <li>the version record says APPROVED (the intent, written by the review that approved it);</li>
 * <li>the public document gets the version's content and the next feed sequence in one write,
 * guarded by the version number ({@link PublicState#write});</li>
 * <li>the history gets a publication entry with a deterministic id;</li>
 * <li>the previous public version becomes SUPERSEDED and this one PUBLISHED (or REPEALED).</li>
 * </ol>
 * A crash anywhere leaves an APPROVED version that is due, and the next run repeats the steps; each
 * is a no-op when already done. A repeated step 2 only burns a sequence number, which the feed allows.
 */
@Component
public class Publisher {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);

	static final String SYSTEM = "system";

	private final ReactiveMongoTemplate mongo;

	private final FeedSequence sequence;

	private final History history;

	private final Clock clock;

	private final Map<ItemKind, PublicState> states = new EnumMap<>(ItemKind.class);

	Publisher(ReactiveMongoTemplate mongo, FeedSequence sequence, History history, Clock clock,
			List<PublicState> states) {
		this.mongo = mongo;
		this.sequence = sequence;
		this.history = history;
		this.clock = clock;
		states.forEach((state) -> this.states.put(state.kind(), state));
	}

	PublicState state(ItemKind kind) {
		return this.states.get(kind);
	}

	/** Publishes an approved version now unless its {@code publishAt} is still ahead. */
	Mono<ItemVersion> publishIfDue(ItemVersion version) {
		if (version.publishAt() != null && version.publishAt().isAfter(this.clock.instant())) {
			return Mono.just(version);
		}
		return publish(version);
	}

	/** Publishes every approved version that is due (scheduled ones, and any a crash left half done). */
	public Mono<Long> publishDue() {
		Query due = Query.query(Criteria.where("state")
			.is(VersionState.APPROVED)
			.orOperator(Criteria.where("publishAt").is(null), Criteria.where("publishAt").lte(this.clock.instant())))
			.with(Sort.by("updatedAt"));
		return this.mongo.find(due, ItemVersion.class)
			.concatMap((version) -> publish(version).onErrorResume((error) -> {
				log.warn("Publishing {} failed; the next run retries", version.id(), error);
				return Mono.empty();
			}))
			.count();
	}

	private Mono<ItemVersion> publish(ItemVersion version) {
		PublicState state = state(version.kind());
		return this.sequence.next()
			// Whatever the write's outcome, this replica's remembered reads of the item are no longer good.
			.flatMap((seq) -> state.write(version, seq, this.clock.instant())
				.doFinally((signal) -> state.forgetRecentReads(version.itemId())))
			.flatMap((publishedAt) -> this.history
				.append(new HistoryEntry(version.id() + "/PUBLISH", version.kind(), version.itemId(),
						version.number(), Transition.PUBLISH, SYSTEM, publishedAt, null))
				.then(supersedeEarlier(version, publishedAt))
				.then(this.mongo.findAndModify(
						Query.query(Criteria.where("_id").is(version.id()).and("revision").is(version.revision())),
						new Update().set("state", version.repeal() ? VersionState.REPEALED : VersionState.PUBLISHED)
							.set("publishedAt", publishedAt)
							.set("updatedAt", this.clock.instant())
							.inc("revision", 1),
						FindAndModifyOptions.options().returnNew(true), ItemVersion.class))
				.switchIfEmpty(this.mongo.findById(version.id(), ItemVersion.class)));
	}

	/** The version before this one was the public one (versions are published in order); it is superseded. */
	private Mono<Void> supersedeEarlier(ItemVersion version, Instant at) {
		if (version.number() == 1) {
			return Mono.empty();
		}
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id")
				.is(ItemVersion.idOf(version.kind(), version.itemId(), version.number() - 1))),
					new Update().set("state", VersionState.SUPERSEDED).set("updatedAt", at).inc("revision", 1),
					ItemVersion.class)
			.then();
	}

	/** The record of one version, or a 404 problem. */
	Mono<ItemVersion> versionRecord(ItemKind kind, String itemId, int number) {
		return this.mongo.findById(ItemVersion.idOf(kind, itemId, number), ItemVersion.class)
			.switchIfEmpty(Mono.error(() -> new ItemNotFoundException(kind, itemId, String.valueOf(number))));
	}

	/**
	 * Gives items published before versions were kept (an older data directory) their version record,
	 * once, while no version of that kind exists yet.
	 */
	public Mono<Long> recordMissingVersions() {
		return Flux.fromIterable(this.states.values())
			.concatMap((state) -> this.mongo
				.exists(Query.query(Criteria.where("kind").is(state.kind())), ItemVersion.class)
				.filter((exists) -> !exists)
				.flatMapMany((none) -> state.asVersions()
					.concatMap((version) -> this.mongo.insert(version)
						.onErrorResume(DuplicateKeyException.class, (already) -> Mono.empty()))))
			.count();
	}

}
