package org.sunshine.disclosure.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.sunshine.defaults.web.PageView;
import org.sunshine.disclosure.review.Actor;
import org.sunshine.disclosure.review.ItemKind;
import org.sunshine.disclosure.review.History;
import org.sunshine.disclosure.review.History.HistoryView;
import org.sunshine.disclosure.review.IdempotencyKeys;
import org.sunshine.disclosure.review.ItemVersion;
import org.sunshine.disclosure.review.ReviewDecisionRequest;
import org.sunshine.disclosure.review.ReviewWorkflow;
import org.sunshine.disclosure.review.ReviewWorkflow.Draft;
import org.sunshine.disclosure.review.VersionHistory;
import org.sunshine.disclosure.review.VersionHistory.QueueEntry;
import org.sunshine.disclosure.review.VersionHistory.VersionSummary;
import org.sunshine.disclosure.review.VersionState;
import org.sunshine.disclosure.review.WorkingVersionView;
import org.sunshine.disclosure.version.ContentDiff;
import org.sunshine.disclosure.version.VersionDiffView;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Policy drafts through review to publication, and the public's view of past versions. The rules
 * live in the shared workflow; this class adds what is particular to policies: ids, categories and
 * the unique normalised document number.
 */
@Service
class PolicyWorkflow {

	private static final ItemKind KIND = ItemKind.POLICY;

	private final ReviewWorkflow workflow;

	private final VersionHistory versions;

	private final History history;

	private final IdempotencyKeys idempotency;

	private final PolicyPublicState publicState;

	private final ReactiveMongoTemplate mongo;

	private final PolicyProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	PolicyWorkflow(ReviewWorkflow workflow, VersionHistory versions, History history, IdempotencyKeys idempotency, PolicyPublicState publicState,
			ReactiveMongoTemplate mongo, PolicyProperties properties, JsonMapper json, Clock clock) {
		this.workflow = workflow;
		this.versions = versions;
		this.history = history;
		this.idempotency = idempotency;
		this.publicState = publicState;
		this.mongo = mongo;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/** A new policy's first draft; a retry with the same {@code Idempotency-Key} gets the same draft. */
	Mono<WorkingVersionView> create(DraftPolicyRequest request, Actor actor, String idempotencyKey) {
		PolicyContent content = request.content();
		return this.idempotency
			.once("policy-create", actor, idempotencyKey,
					IdempotencyKeys.fingerprint(this.json.writeValueAsBytes(request)),
					() -> checkDraft(null, content).then(nextFreeId())
						.flatMap((id) -> this.workflow.create(KIND, id, draft(content, request), actor))
						.map(ItemVersion::itemId))
			.flatMap((id) -> this.workflow.version(KIND, id, 1))
			.map(this::view);
	}

	Mono<WorkingVersionView> edit(String id, DraftPolicyRequest request, Actor actor, String ifMatch) {
		PolicyContent content = request.content();
		return checkDraft(id, content).then(this.workflow.edit(KIND, id, draft(content, request), actor, ifMatch))
			.map(this::view);
	}

	Mono<WorkingVersionView> submit(String id, Actor actor, String ifMatch) {
		return this.workflow.submit(KIND, id, actor, ifMatch).map(this::view);
	}

	Mono<WorkingVersionView> review(String id, ReviewDecisionRequest decision, Actor actor, String ifMatch) {
		return this.workflow.review(KIND, id, decision.decision(), decision.reason(), actor, ifMatch).map(this::view);
	}

	Mono<WorkingVersionView> secrecyReview(String id, ReviewDecisionRequest decision, Actor actor,
			String ifMatch) {
		return this.workflow.secrecyReview(KIND, id, decision.decision(), decision.reason(), actor,
				ifMatch).map(this::view);
	}

	Mono<WorkingVersionView> amend(String id, Actor actor) {
		return this.workflow.amend(KIND, id, actor).map(this::view);
	}

	Mono<WorkingVersionView> repeal(String id, String reason, Actor actor) {
		return this.workflow.repeal(KIND, id, reason, actor).map(this::view);
	}

	Mono<PageView<QueueEntry>> queue(Actor actor, int page, int size) {
		return this.versions.queue(KIND, actor, page, size);
	}

	Mono<PageView<QueueEntry>> mine(Actor actor, int page, int size) {
		return this.versions.mine(KIND, actor, page, size);
	}

	/**
	 * What the version in work changes against the public version it will replace (every field is new
	 * for a first version), in the shape of the public diff, for reviewers.
	 */
	Mono<VersionDiffView> draftDiff(String id) {
		return this.workflow.inWork(KIND, id, "read")
			.flatMap((draft) -> ((draft.number() > 1)
					? this.versions.publishedVersion(KIND, id, draft.number() - 1).map(Optional::of)
					: Mono.just(Optional.<ItemVersion>empty()))
				.map((previous) -> new VersionDiffView(id, draft.number(),
						previous.map(ItemVersion::number).orElse(null),
						ContentDiff.between(previous.map(this::content).orElse(null), content(draft)))));
	}

	private JsonNode content(ItemVersion version) {
		return this.json.valueToTree(this.publicState.content(version.content()));
	}

	/** The version in work, with its content, for its editors and reviewers. */
	Mono<WorkingVersionView> inWork(String id) {
		return this.workflow.inWork(KIND, id, "read").map(this::view);
	}

	Mono<PolicyView> asOf(String id, LocalDate date) {
		return this.versions.asOf(KIND, id, date).map((version) -> publicView(version, date));
	}

	Mono<List<VersionSummary>> published(String id) {
		return this.versions.published(KIND, id);
	}

	/** One version that was public, as the public saw it. */
	Mono<PolicyView> version(String id, int number) {
		return this.versions.publishedVersion(KIND, id, number).map((version) -> publicView(version, LocalDate.now(this.clock)));
	}

	Mono<List<HistoryView>> history(String id) {
		return this.history.view(KIND, id, this.clock.getZone());
	}

	Mono<VersionDiffView> diff(String id, int number, Integer from) {
		return this.versions.withPrevious(KIND, id, number, from).map((pair) -> {
			LocalDate today = LocalDate.now(this.clock);
			JsonNode after = this.json.valueToTree(publicView(pair.version(), today).content());
			JsonNode before = (pair.previous() != null)
					? this.json.valueToTree(publicView(pair.previous(), today).content()) : null;
			return new VersionDiffView(id, number, (pair.previous() != null) ? pair.previous().number() : null,
					ContentDiff.between(before, after));
		});
	}

	private PolicyView publicView(ItemVersion version, LocalDate day) {
		PolicyContent content = this.publicState.content(version.content());
		Validity validity = (version.state() == VersionState.REPEALED || version.repeal()) ? Validity.REPEALED
				: Validity.of(org.sunshine.disclosure.feed.PublicationStatus.PUBLISHED, content, day);
		return new PolicyView(version.itemId(), content, validity, version.number(),
				(version.publishedAt() != null)
						? version.publishedAt().atZone(this.clock.getZone()).toOffsetDateTime() : null);
	}

	private WorkingVersionView view(ItemVersion version) {
		return WorkingVersionView.of(version, this.json.valueToTree(this.publicState.content(version.content())),
				this.clock.getZone());
	}

	private Draft draft(PolicyContent content, DraftPolicyRequest request) {
		return new Draft(this.publicState.document(content), content.title(), DocumentNumbers.key(content.docNumber()),
				(request.publishAt() != null) ? request.publishAt().toInstant() : null);
	}

	/** 422 for an unknown category or a document number another policy has (published or in work). */
	private Mono<Void> checkDraft(String id, PolicyContent content) {
		if (!this.properties.categories().contains(content.category())) {
			return Mono.error(new PolicyDraftRejectedException("problem.unknown-policy-category", "category",
					content.category(), String.join("、", this.properties.categories())));
		}
		String key = DocumentNumbers.key(content.docNumber());
		Criteria otherPublic = Criteria.where("docNumberKey").is(key);
		Criteria otherInWork = Criteria.where("kind")
			.is(KIND)
			.and("uniqueKey")
			.is(key)
			.and("state")
			.in(VersionState.IN_WORK);
		if (id != null) {
			otherPublic = otherPublic.and("_id").ne(id);
			otherInWork = otherInWork.and("itemId").ne(id);
		}
		return this.mongo.exists(Query.query(otherPublic), Policy.class)
			.zipWith(this.mongo.exists(Query.query(otherInWork), ItemVersion.class), Boolean::logicalOr)
			.flatMap((taken) -> taken ? Mono.error(new PolicyDraftRejectedException(
					"problem.duplicate-doc-number", "docNumber", content.docNumber(), key)) : Mono.empty());
	}

	/** The next {@code p-NNNN} id that neither a public policy nor a version uses (seeded ids are skipped). */
	private Mono<String> nextFreeId() {
		return Mono.defer(() -> this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is("policy-id")), new Update().inc("value", 1L),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, "counters")
			.map((counter) -> String.format("p-%04d", ((Number) counter.get("value")).longValue())))
			.filterWhen((id) -> this.mongo.exists(Query.query(Criteria.where("_id").is(id)), Policy.class)
				.zipWith(this.mongo.exists(Query.query(Criteria.where("itemId").is(id).and("kind").is(KIND)),
						ItemVersion.class), Boolean::logicalOr)
				.map((taken) -> !taken))
			.repeatWhenEmpty(10_000, (tries) -> tries);
	}

}
