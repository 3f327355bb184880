package org.sunshine.disclosure.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sunshine.defaults.web.PageView;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of the version records: what was public when, and what waits for whom. */
@Component
public class VersionHistory {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	VersionHistory(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** The versions that were public, oldest first, with the dates each was public; 404 when none. */
	public Mono<List<VersionSummary>> published(ItemKind kind, String itemId) {
		return this.mongo.find(wasPublic(kind, itemId).with(Sort.by("number")), ItemVersion.class)
			.collectList()
			.filter((versions) -> !versions.isEmpty())
			.switchIfEmpty(Mono.error(() -> new ItemNotFoundException(kind, itemId)))
			.map(this::summaries);
	}

	/** The version that was public at the end of {@code date} (Beijing time); 404 before the first publication. */
	public Mono<ItemVersion> asOf(ItemKind kind, String itemId, LocalDate date) {
		Query query = wasPublic(kind, itemId);
		query.addCriteria(Criteria.where("publishedAt").lt(date.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()));
		return this.mongo.findOne(query.with(Sort.by(Sort.Direction.DESC, "number")), ItemVersion.class)
			.switchIfEmpty(Mono.error(() -> new ItemNotFoundException(kind, itemId, date.toString())));
	}

	/** One version that was public; 404 for a version never published (drafts are never public). */
	public Mono<ItemVersion> publishedVersion(ItemKind kind, String itemId, int number) {
		Query exact = wasPublic(kind, itemId);
		exact.addCriteria(Criteria.where("number").is(number));
		return this.mongo.findOne(exact, ItemVersion.class)
			.switchIfEmpty(Mono.error(() -> new ItemNotFoundException(kind, itemId, String.valueOf(number))));
	}

	/**
	 * A version that was public and the one to compare it with: {@code from} when given (any other
	 * version that was public, earlier or later), else the public one before it (null for the first).
	 */
	public Mono<VersionPair> withPrevious(ItemKind kind, String itemId, int number, Integer from) {
		if (from == null) {
			return withPrevious(kind, itemId, number);
		}
		return publishedVersion(kind, itemId, number).zipWith(publishedVersion(kind, itemId, from),
				(version, other) -> new VersionPair(version, other));
	}

	/** A version that was public, and the public one before it (null for the first), for a diff. */
	public Mono<VersionPair> withPrevious(ItemKind kind, String itemId, int number) {
		Query exact = wasPublic(kind, itemId);
		exact.addCriteria(Criteria.where("number").is(number));
		Query earlier = wasPublic(kind, itemId);
		earlier.addCriteria(Criteria.where("number").lt(number));
		return this.mongo.findOne(exact, ItemVersion.class)
			.switchIfEmpty(Mono.error(() -> new ItemNotFoundException(kind, itemId, String.valueOf(number))))
			.flatMap((version) -> this.mongo
				.findOne(earlier.with(Sort.by(Sort.Direction.DESC, "number")), ItemVersion.class)
				.map((previous) -> new VersionPair(version, previous))
				.defaultIfEmpty(new VersionPair(version, null)));
	}

	/**
	 * What the actor may review now: first reviews for REVIEWER, confidentiality reviews for
	 * SECRECY_REVIEWER, both for ADMIN; never a version the actor wrote or already reviewed.
	 */
	public Mono<PageView<QueueEntry>> queue(ItemKind kind, Actor actor, int page, int size) {
		Set<VersionState> states = EnumSet.noneOf(VersionState.class);
		if (actor.mayActAs(Role.REVIEWER)) {
			states.add(VersionState.SUBMITTED);
		}
		if (actor.mayActAs(Role.SECRECY_REVIEWER)) {
			states.add(VersionState.REVIEWED);
		}
		if (states.isEmpty()) {
			return Mono.just(new PageView<>(List.of(), page, size, 0));
		}
		Query query = Query.query(Criteria.where("kind")
			.is(kind)
			.and("state")
			.in(states)
			.and("authors")
			.ne(actor.name())
			.and("reviewer")
			.ne(actor.name()));
		Mono<Long> total = this.mongo.count(query, ItemVersion.class);
		return this.mongo
			.find(Query.of(query).with(PageRequest.of(page, size, Sort.by("updatedAt").and(Sort.by("_id")))),
					ItemVersion.class)
			.map(this::entry)
			.collectList()
			.zipWith(total, (found, count) -> new PageView<>(found, page, size, count));
	}

	/**
	 * The versions in work (draft, submitted, in review, approved) that the actor wrote, most recently
	 * changed first: an editor's own desk.
	 */
	public Mono<PageView<QueueEntry>> mine(ItemKind kind, Actor actor, int page, int size) {
		Query query = Query.query(Criteria.where("kind")
			.is(kind)
			.and("state")
			.in(VersionState.IN_WORK)
			.and("authors")
			.is(actor.name()));
		Mono<Long> total = this.mongo.count(query, ItemVersion.class);
		return this.mongo
			.find(Query.of(query)
				.with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("_id")))),
					ItemVersion.class)
			.map(this::entry)
			.collectList()
			.zipWith(total, (found, count) -> new PageView<>(found, page, size, count));
	}

	private QueueEntry entry(ItemVersion version) {
		return new QueueEntry(version.itemId(), version.number(), version.title(), version.state(), version.authors(),
				version.reviewer(), version.updatedAt().atZone(this.clock.getZone()).toOffsetDateTime());
	}

	private static Query wasPublic(ItemKind kind, String itemId) {
		return Query.query(Criteria.where("kind").is(kind).and("itemId").is(itemId).and("state").in(VersionState.WAS_PUBLIC));
	}

	private List<VersionSummary> summaries(List<ItemVersion> versions) {
		List<VersionSummary> summaries = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			ItemVersion version = versions.get(i);
			OffsetDateTime until = (i + 1 < versions.size()) ? at(versions.get(i + 1)) : null;
			summaries.add(new VersionSummary(version.number(), version.repeal() ? "REPEALED" : "PUBLISHED",
					at(version), until));
		}
		return summaries;
	}

	private OffsetDateTime at(ItemVersion version) {
		return (version.publishedAt() != null) ? version.publishedAt().atZone(this.clock.getZone()).toOffsetDateTime()
				: null;
	}

	/**
	 * One public version.
	 * @param version number
	 * @param status PUBLISHED, or REPEALED for the version that repealed the item
	 * @param publishedAt when it became public
	 * @param supersededAt when the next version replaced it; null while it is the public one
	 */
	public record VersionSummary(int version, String status, OffsetDateTime publishedAt,
			OffsetDateTime supersededAt) {
	}

	/** A version and the public version before it ({@code previous} null for the first). */
	public record VersionPair(ItemVersion version, ItemVersion previous) {
	}

	/** One entry of a review queue. */
	public record QueueEntry(String id, int version, String title, VersionState state, List<String> authors,
			String reviewer, OffsetDateTime waitingSince) {
	}

}
