package org.sunshine.disclosure.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.sunshine.disclosure.review.Workflow.Allowed;
import org.sunshine.disclosure.review.Workflow.Denied;
import org.sunshine.disclosure.review.Workflow.ReasonRequired;
import org.sunshine.disclosure.review.Workflow.Verdict;
import org.sunshine.disclosure.review.Workflow.WrongState;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The publication workflow for both kinds of items. Each step reads the version in work, asks
 * {@link Workflow} for a verdict, and writes the new state with a guard on the state and revision it
 * read, so two reviewers acting at once cannot both win. Every step appends to the history.
 */
@Service
public class ReviewWorkflow {

	private final ReactiveMongoTemplate mongo;

	private final History history;

	private final Publisher publisher;

	private final Clock clock;

	ReviewWorkflow(ReactiveMongoTemplate mongo, History history, Publisher publisher, Clock clock) {
		this.mongo = mongo;
		this.history = history;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A new item's first version, as a draft. */
	public Mono<ItemVersion> create(ItemKind kind, String itemId, Draft draft, Actor actor) {
		return Mono.defer(() -> {
			check(Workflow.author(actor), kind, itemId, "create");
			Instant now = this.clock.instant();
			ItemVersion version = new ItemVersion(ItemVersion.idOf(kind, itemId, 1), kind, itemId, 1, draft.content(),
					draft.title(), draft.uniqueKey(), VersionState.DRAFT, false, List.of(actor.name()), null, null,
					draft.publishAt(), null, now, now, 0);
			return this.mongo.insert(version)
				.flatMap((saved) -> record(saved, Transition.CREATE, actor, null).thenReturn(saved));
		});
	}

	public Mono<ItemVersion> edit(ItemKind kind, String itemId, Draft draft, Actor actor, String ifMatch) {
		return inWork(kind, itemId, "edit", ifMatch).flatMap((version) -> {
			check(Workflow.edit(version.state(), actor), kind, itemId, "edit");
			Update update = new Update().set("content", draft.content())
				.set("title", draft.title())
				.set("uniqueKey", draft.uniqueKey())
				.set("publishAt", draft.publishAt())
				.addToSet("authors", actor.name());
			return move(version, VersionState.DRAFT, update, Transition.EDIT, actor, null);
		});
	}

	public Mono<ItemVersion> submit(ItemKind kind, String itemId, Actor actor, String ifMatch) {
		return inWork(kind, itemId, "submit", ifMatch).flatMap((version) -> {
			VersionState next = check(Workflow.submit(version.state(), actor), kind, itemId, "submit");
			return move(version, next, new Update(), Transition.SUBMIT, actor, null);
		});
	}

	public Mono<ItemVersion> review(ItemKind kind, String itemId, Decision decision, String reason, Actor actor,
			String ifMatch) {
		return inWork(kind, itemId, "review", ifMatch).flatMap((version) -> {
			VersionState next = check(Workflow.review(version.state(), version.authors(), actor, decision, reason),
					kind, itemId, "review");
			Update update = new Update().set("reviewer", (decision == Decision.APPROVE) ? actor.name() : null);
			return move(version, next, update,
					(decision == Decision.APPROVE) ? Transition.REVIEW_APPROVE : Transition.REVIEW_RETURN, actor,
					reason);
		});
	}

	public Mono<ItemVersion> secrecyReview(ItemKind kind, String itemId, Decision decision, String reason,
			Actor actor, String ifMatch) {
		return inWork(kind, itemId, "secrecy-review", ifMatch).flatMap((version) -> {
			VersionState next = check(Workflow.secrecyReview(version.state(), version.authors(), version.reviewer(),
					actor, decision, reason), kind, itemId, "secrecy-review");
			Update update = (decision == Decision.APPROVE) ? new Update().set("secrecyReviewer", actor.name())
					: new Update().set("reviewer", null).set("secrecyReviewer", null);
			return move(version, next, update,
					(decision == Decision.APPROVE) ? Transition.SECRECY_APPROVE : Transition.SECRECY_RETURN, actor,
					reason)
				.flatMap((approved) -> (approved.state() == VersionState.APPROVED)
						? this.publisher.publishIfDue(approved) : Mono.just(approved));
		});
	}

	/**
	 * Creates many items' first drafts in one bulk write (the import). The caller has checked them all;
	 * if the write still fails (a code taken meanwhile), the drafts it inserted are removed again, so a
	 * failed import leaves nothing behind.
	 * @return how many drafts were created
	 */
	public Mono<Long> importDrafts(ItemKind kind, List<NewItem> items, Actor actor) {
		return Mono.defer(() -> {
			check(Workflow.author(actor), kind, "import", "create");
			if (items.isEmpty()) {
				return Mono.just(0L);
			}
			Instant now = this.clock.instant();
			List<ItemVersion> versions = items.stream()
				.map((item) -> new ItemVersion(ItemVersion.idOf(kind, item.itemId(), 1), kind, item.itemId(), 1,
						item.draft().content(), item.draft().title(), item.draft().uniqueKey(), VersionState.DRAFT,
						false, List.of(actor.name()), null, null, item.draft().publishAt(), null, now, now, 0))
				.toList();
			List<HistoryEntry> entries = versions.stream()
				.map((version) -> new HistoryEntry(null, kind, version.itemId(), 1, Transition.IMPORT, actor.name(),
						now, null))
				.toList();
			Query ours = Query.query(Criteria.where("_id")
				.in(versions.stream().map(ItemVersion::id).toList())
				.and("createdAt")
				.is(now)
				.and("revision")
				.is(0));
			return this.mongo.insertAll(versions)
				.count()
				.onErrorResume((error) -> this.mongo.remove(ours, ItemVersion.class).then(Mono.error(error)))
				.flatMap((count) -> this.history.appendAll(entries).thenReturn(count));
		});
	}

	/** One item of a bulk import: its id and its first draft. */
	public record NewItem(String itemId, Draft draft) {
	}

	/** A new draft version of a published item; the published version stays public until this one is published. */
	public Mono<ItemVersion> amend(ItemKind kind, String itemId, Actor actor) {
		return startFromPublic(kind, itemId, actor, "amend").flatMap((base) -> {
			Instant now = this.clock.instant();
			ItemVersion draft = new ItemVersion(ItemVersion.idOf(kind, itemId, base.number() + 1), kind, itemId,
					base.number() + 1, base.content(), base.title(), base.uniqueKey(), VersionState.DRAFT, false,
					List.of(actor.name()), null, null, null, null, now, now, 0);
			return this.mongo.insert(draft)
				// Two editors amending at once race for the same version id; one wins, the other hears 409.
				.onErrorMap(DuplicateKeyException.class, (raced) -> new ConcurrentChangeException(kind, itemId))
				.flatMap((saved) -> record(saved, Transition.AMEND, actor, null).thenReturn(saved));
		});
	}

	/** Repeals a published item at once: a new version, marked repealed, that stays readable. */
	public Mono<ItemVersion> repeal(ItemKind kind, String itemId, String reason, Actor actor) {
		return startFromPublic(kind, itemId, actor, "repeal").flatMap((base) -> {
			Instant now = this.clock.instant();
			Document content = this.publisher.state(kind)
				.repealed(base.content(), LocalDate.ofInstant(now, this.clock.getZone()));
			// Recorded as approved first: the publisher turns it public and can repeat that after a crash.
			ItemVersion repeal = new ItemVersion(ItemVersion.idOf(kind, itemId, base.number() + 1), kind, itemId,
					base.number() + 1, content, base.title(), base.uniqueKey(), VersionState.APPROVED, true,
					List.of(actor.name()), null, null, null, null, now, now, 0);
			return this.mongo.insert(repeal)
				.onErrorMap(DuplicateKeyException.class, (raced) -> new ConcurrentChangeException(kind, itemId))
				.flatMap((saved) -> record(saved, Transition.REPEAL, actor, reason).thenReturn(saved))
				.flatMap(this.publisher::publishIfDue);
		});
	}

	/** One version's record in any state, or 404. */
	public Mono<ItemVersion> version(ItemKind kind, String itemId, int number) {
		return this.publisher.versionRecord(kind, itemId, number);
	}

	/** The version in work if {@code ifMatch} (when given) names its current revision, else 412. */
	Mono<ItemVersion> inWork(ItemKind kind, String itemId, String action, String ifMatch) {
		return inWork(kind, itemId, action).flatMap((version) -> Preconditions.matches(ifMatch, version)
				? Mono.just(version) : Mono.error(new PreconditionFailedException(kind, itemId,
						Preconditions.etag(version.number(), version.revision()))));
	}

	/** The version in work, or 409 with the public state when there is none, or 404 for an unknown item. */
	public Mono<ItemVersion> inWork(ItemKind kind, String itemId, String action) {
		return findInWork(kind, itemId).switchIfEmpty(Mono.defer(() -> this.publisher.state(kind)
			.current(itemId)
			.flatMap((current) -> Mono.<ItemVersion>error(new WrongStateException(kind, itemId, current.state(), action)))
			.switchIfEmpty(Mono.error(() -> new ItemNotFoundException(kind, itemId)))));
	}

	/**
	 * The version in work, read by id: versions are created one after another and published in that
	 * order (none is ever dropped), so the only one that can be in work is the one after the public
	 * version, or the first. A read by id stays fast however many versions the store holds.
	 */
	Mono<ItemVersion> findInWork(ItemKind kind, String itemId) {
		return this.publisher.state(kind)
			.current(itemId)
			.map((current) -> current.version() + 1)
			.defaultIfEmpty(1)
			.flatMap((number) -> this.mongo.findById(ItemVersion.idOf(kind, itemId, number), ItemVersion.class))
			.filter((version) -> VersionState.IN_WORK.contains(version.state()));
	}

	/** The public version to amend or repeal, after the rules allowed it. */
	private Mono<ItemVersion> startFromPublic(ItemKind kind, String itemId, Actor actor, String action) {
		Mono<PublicState.Current> current = this.publisher.state(kind).current(itemId);
		return current.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.zipWith(findInWork(kind, itemId).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
			.flatMap((both) -> {
				if (both.getT1().isEmpty() && both.getT2().isEmpty()) {
					return Mono.error(new ItemNotFoundException(kind, itemId));
				}
				VersionState publicState = both.getT1().map(PublicState.Current::state).orElse(null);
				VersionState inWork = both.getT2().map(ItemVersion::state).orElse(null);
				check(Workflow.change(publicState, inWork, actor), kind, itemId, action);
				return this.publisher.versionRecord(kind, itemId, both.getT1().get().version());
			});
	}

	private Mono<ItemVersion> move(ItemVersion version, VersionState next, Update update, Transition transition,
			Actor actor, String reason) {
		// Every write increments the revision, so (id, revision) pins the state that was read; an exact
		// match the embedded store answers from its (_id, revision) index.
		Query guard = Query.query(Criteria.where("_id").is(version.id()).and("revision").is(version.revision()));
		update.set("state", next).set("updatedAt", this.clock.instant()).inc("revision", 1);
		return this.mongo
			.findAndModify(guard, update,
					org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true),
					ItemVersion.class)
			.switchIfEmpty(Mono.error(() -> new ConcurrentChangeException(version.kind(), version.itemId())))
			.flatMap((saved) -> record(saved, transition, actor, reason).thenReturn(saved));
	}

	private Mono<Void> record(ItemVersion version, Transition transition, Actor actor, String reason) {
		return this.history.append(new HistoryEntry(null, version.kind(), version.itemId(), version.number(),
				transition, actor.name(), this.clock.instant(), reason));
	}

	private static VersionState check(Verdict verdict, ItemKind kind, String itemId, String action) {
		return switch (verdict) {
			case Allowed allowed -> allowed.next();
			case WrongState wrong -> throw new WrongStateException(kind, itemId, wrong.current(), action);
			case Denied denied -> throw new ReviewDeniedException(kind, itemId, denied.why());
			case ReasonRequired required -> throw new ReasonRequiredException();
		};
	}

	/**
	 * What an editor writes into a version.
	 * @param content the content as stored
	 * @param title title or name, for queues
	 * @param uniqueKey the normalised document number, or null
	 * @param publishAt when to publish once approved, null for at once
	 */
	public record Draft(Document content, String title, String uniqueKey, Instant publishAt) {
	}

}
