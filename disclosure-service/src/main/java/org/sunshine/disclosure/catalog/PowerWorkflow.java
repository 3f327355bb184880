package org.sunshine.disclosure.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sunshine.defaults.web.PageView;
import org.sunshine.disclosure.catalog.PowerItemContent.CategoryRef;
import org.sunshine.disclosure.catalog.PowerItemContent.DepartmentRef;
import org.sunshine.disclosure.department.DepartmentRepository;
import org.sunshine.disclosure.feed.PublicationStatus;
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

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Power item drafts through review to publication, and the public's view of past versions. The rules
 * live in the shared workflow; this class checks what is particular to power items: the code, the
 * category and the department, which must exist in the catalog's data.
 */
@Service
class PowerWorkflow {

	private static final ItemKind KIND = ItemKind.POWER;

	private final ReviewWorkflow workflow;

	private final VersionHistory versions;

	private final History history;

	private final IdempotencyKeys idempotency;

	private final PowerPublicState publicState;

	private final PowerCategoryRepository categories;

	private final DepartmentRepository departments;

	private final ReactiveMongoTemplate mongo;

	private final JsonMapper json;

	private final Clock clock;

	PowerWorkflow(ReviewWorkflow workflow, VersionHistory versions, History history, IdempotencyKeys idempotency, PowerPublicState publicState,
			PowerCategoryRepository categories, DepartmentRepository departments, ReactiveMongoTemplate mongo,
			JsonMapper json, Clock clock) {
		this.workflow = workflow;
		this.versions = versions;
		this.history = history;
		this.idempotency = idempotency;
		this.publicState = publicState;
		this.categories = categories;
		this.departments = departments;
		this.mongo = mongo;
		this.json = json;
		this.clock = clock;
	}

	/** A new item's first draft; a retry with the same {@code Idempotency-Key} gets the same draft. */
	Mono<WorkingVersionView> create(DraftPowerItemRequest request, Actor actor, String idempotencyKey) {
		return this.idempotency
			.once("power-create", actor, idempotencyKey,
					IdempotencyKeys.fingerprint(this.json.writeValueAsBytes(request)),
					() -> resolve(request.content())
						.flatMap((content) -> exists(content.code()).flatMap((taken) -> taken
								? Mono.error(new PowerDraftRejectedException("problem.duplicate-power-code", "code",
										content.code()))
								: this.workflow.create(KIND, content.code(), draft(content, request), actor)))
						.map(ItemVersion::itemId))
			.flatMap((code) -> this.workflow.version(KIND, code, 1))
			.map(this::view);
	}

	Mono<WorkingVersionView> edit(String code, DraftPowerItemRequest request, Actor actor, String ifMatch) {
		if (!code.equals(request.code())) {
			return Mono.error(new PowerDraftRejectedException("problem.code-mismatch", "code", request.code(), code));
		}
		return resolve(request.content())
			.flatMap((content) -> this.workflow.edit(KIND, code, draft(content, request), actor, ifMatch))
			.map(this::view);
	}

	Mono<WorkingVersionView> submit(String code, Actor actor, String ifMatch) {
		return this.workflow.submit(KIND, code, actor, ifMatch).map(this::view);
	}

	Mono<WorkingVersionView> review(String code, ReviewDecisionRequest decision, Actor actor, String ifMatch) {
		return this.workflow.review(KIND, code, decision.decision(), decision.reason(), actor, ifMatch).map(this::view);
	}

	Mono<WorkingVersionView> secrecyReview(String code, ReviewDecisionRequest decision, Actor actor,
			String ifMatch) {
		return this.workflow.secrecyReview(KIND, code, decision.decision(), decision.reason(), actor,
				ifMatch)
			.map(this::view);
	}

	Mono<WorkingVersionView> amend(String code, Actor actor) {
		return this.workflow.amend(KIND, code, actor).map(this::view);
	}

	Mono<WorkingVersionView> repeal(String code, String reason, Actor actor) {
		return this.workflow.repeal(KIND, code, reason, actor).map(this::view);
	}

	Mono<WorkingVersionView> inWork(String code) {
		return this.workflow.inWork(KIND, code, "read").map(this::view);
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
	Mono<VersionDiffView> draftDiff(String code) {
		return this.workflow.inWork(KIND, code, "read")
			.flatMap((draft) -> ((draft.number() > 1)
					? this.versions.publishedVersion(KIND, code, draft.number() - 1).map(Optional::of)
					: Mono.just(Optional.<ItemVersion>empty()))
				.map((previous) -> new VersionDiffView(code, draft.number(),
						previous.map(ItemVersion::number).orElse(null),
						ContentDiff.between(previous.map(this::content).orElse(null), content(draft)))));
	}

	private JsonNode content(ItemVersion version) {
		return this.json.valueToTree(this.publicState.content(version.content()));
	}

	Mono<PowerItemView> asOf(String code, LocalDate date) {
		return this.versions.asOf(KIND, code, date).map(this::publicView);
	}

	Mono<List<VersionSummary>> published(String code) {
		return this.versions.published(KIND, code);
	}

	/** One version that was public, as the public saw it. */
	Mono<PowerItemView> version(String code, int number) {
		return this.versions.publishedVersion(KIND, code, number).map(this::publicView);
	}

	Mono<List<HistoryView>> history(String code) {
		return this.history.view(KIND, code, this.clock.getZone());
	}

	Mono<VersionDiffView> diff(String code, int number, Integer from) {
		return this.versions.withPrevious(KIND, code, number, from).map((pair) -> {
			JsonNode after = this.json.valueToTree(this.publicState.content(pair.version().content()));
			JsonNode before = (pair.previous() != null)
					? this.json.valueToTree(this.publicState.content(pair.previous().content())) : null;
			return new VersionDiffView(code, number, (pair.previous() != null) ? pair.previous().number() : null,
					ContentDiff.between(before, after));
		});
	}

	/** True when the code is in use, published or in any version. */
	Mono<Boolean> exists(String code) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(code)), PowerItem.class)
			// Every item has a version 1, so looking it up by id answers "any version" without a scan.
			.zipWith(this.mongo.exists(Query.query(Criteria.where("_id").is(ItemVersion.idOf(KIND, code, 1))),
					ItemVersion.class), Boolean::logicalOr);
	}

	/**
	 * The content with the catalog's own category and department names; 422 when either is unknown or
	 * the code does not start with the category's code.
	 */
	Mono<PowerItemContent> resolve(PowerItemContent content) {
		String categoryCode = content.category().code();
		if (!content.code().startsWith(categoryCode + "-")) {
			return Mono.error(new PowerDraftRejectedException("problem.code-category-mismatch", "code",
					content.code(), categoryCode));
		}
		Mono<CategoryRef> category = this.categories.findById(categoryCode)
			.map((found) -> new CategoryRef(found.code(), found.name()))
			.switchIfEmpty(Mono.error(() -> new PowerDraftRejectedException("problem.unknown-power-category",
					"category.code", categoryCode)));
		Mono<DepartmentRef> department = this.departments.findById(content.department().code())
			.map((found) -> new DepartmentRef(found.code(), found.name()))
			.switchIfEmpty(Mono.error(() -> new PowerDraftRejectedException("problem.unknown-department",
					"department.code", content.department().code())));
		return category.zipWith(department,
				(foundCategory, foundDepartment) -> new PowerItemContent(content.code(), content.name(),
						foundCategory, content.subItem(), content.legalBasis(), content.steps(), content.conditions(),
						content.materials(), content.statutoryLimit(), content.committedLimit(), content.fees(),
						content.feeBasis(), foundDepartment, content.responsiblePost(), content.supervisionPhone(),
						content.risk()));
	}

	private PowerItemView publicView(ItemVersion version) {
		PublicationStatus status = (version.repeal() || version.state() == VersionState.REPEALED)
				? PublicationStatus.REPEALED : PublicationStatus.PUBLISHED;
		return new PowerItemView(this.publicState.content(version.content()), version.number(), status,
				(version.publishedAt() != null)
						? version.publishedAt().atZone(this.clock.getZone()).toOffsetDateTime() : null);
	}

	private WorkingVersionView view(ItemVersion version) {
		return WorkingVersionView.of(version, this.json.valueToTree(this.publicState.content(version.content())),
				this.clock.getZone());
	}

	private Draft draft(PowerItemContent content, DraftPowerItemRequest request) {
		return new Draft(this.publicState.document(content), content.name(), null,
				(request.publishAt() != null) ? request.publishAt().toInstant() : null);
	}

}
