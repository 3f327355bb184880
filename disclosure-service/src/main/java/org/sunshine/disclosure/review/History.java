package org.sunshine.disclosure.review;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The append-only history. It offers insert and read only: there is no way to change an entry. */
@Component
public class History {

	private final ReactiveMongoTemplate mongo;

	History(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> append(HistoryEntry entry) {
		return this.mongo.insert(entry)
			// A deterministic id already there means a repeated run recorded it before.
			.onErrorResume(DuplicateKeyException.class, (already) -> Mono.empty())
			.then();
	}

	Mono<Void> appendAll(java.util.List<HistoryEntry> entries) {
		return this.mongo.insertAll(entries).then();
	}

	/** The audit trail of one item as staff read it, oldest first; 404 when the item has none. */
	public Mono<java.util.List<HistoryView>> view(ItemKind kind, String itemId, java.time.ZoneId zone) {
		return of(kind, itemId)
			.map((entry) -> new HistoryView(entry.version(), entry.transition(), entry.actor(),
					entry.at().atZone(zone).toOffsetDateTime(), entry.reason()))
			.collectList()
			.filter((entries) -> !entries.isEmpty())
			.switchIfEmpty(Mono.error(() -> new ItemNotFoundException(kind, itemId)));
	}

	/**
	 * One entry of the audit trail.
	 * @param version the version concerned
	 * @param transition what happened
	 * @param actor who did it ({@code system} for publication)
	 * @param at when
	 * @param reason the reason given, if any
	 */
	public record HistoryView(int version, Transition transition, String actor, java.time.OffsetDateTime at,
			String reason) {
	}

	/** Every entry of one item, oldest first. */
	public Flux<HistoryEntry> of(ItemKind kind, String itemId) {
		return this.mongo.find(Query.query(Criteria.where("kind").is(kind).and("itemId").is(itemId))
			.with(Sort.by("at", "version")), HistoryEntry.class);
	}

}
