package org.sunshine.disclosure.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.disclosure.feed.FeedSequences;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the workflow expects of its store, run against each backend the service may use (the embedded
 * server and a real MongoDB): guarded single-document transitions, deterministic ids that cannot be
 * written twice, bulk inserts that can be undone, idempotency claims. No Spring context: the workflow
 * is wired by hand on a fresh database per test.
 */
abstract class WorkflowStoreContract {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final ItemKind KIND = ItemKind.POLICY;

	private static final Actor EDITOR = new Actor("editor", Set.of(Role.EDITOR));

	private static final Actor REVIEWER = new Actor("reviewer", Set.of(Role.REVIEWER));

	private static final Actor SECRECY = new Actor("secrecy", Set.of(Role.SECRECY_REVIEWER));

	private static final AtomicInteger databases = new AtomicInteger();

	private final Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));

	private MongoClient client;

	private ReactiveMongoTemplate mongo;

	private ReviewWorkflow workflow;

	private IdempotencyKeys idempotency;

	/** The connection string of the backend under test. */
	abstract String connectionString();

	@BeforeEach
	void wireOnAFreshDatabase() {
		this.client = MongoClients.create(connectionString());
		this.mongo = new ReactiveMongoTemplate(this.client, "contract-" + databases.incrementAndGet());
		History history = new History(this.mongo);
		Publisher publisher = new Publisher(this.mongo, FeedSequences.on(this.mongo, this.clock), history, this.clock,
				List.of(new TestPublicState(this.mongo)));
		this.workflow = new ReviewWorkflow(this.mongo, history, publisher, this.clock);
		this.idempotency = new IdempotencyKeys(this.mongo, this.clock);
	}

	@AfterEach
	void close() {
		StepVerifier.create(this.mongo.getMongoDatabase().flatMap((database) -> Mono.from(database.drop())))
			.expectComplete()
			.verify(PATIENCE);
		this.client.close();
	}

	@Test
	void shouldPublishWithASequenceAndAFullHistoryWhenBothReviewsApprove() {
		Mono<ItemVersion> published = this.workflow.create(KIND, "p-1", draft("一"), EDITOR)
			.then(this.workflow.submit(KIND, "p-1", EDITOR, null))
			.then(this.workflow.review(KIND, "p-1", Decision.APPROVE, null, REVIEWER, null))
			.then(this.workflow.secrecyReview(KIND, "p-1", Decision.APPROVE, null, SECRECY, null));

		StepVerifier.create(published)
			.assertNext((version) -> assertThat(version.state()).isEqualTo(VersionState.PUBLISHED))
			.expectComplete()
			.verify(PATIENCE);
		StepVerifier.create(this.mongo.findById("p-1", Document.class, TestPublicState.COLLECTION))
			.assertNext((document) -> {
				assertThat(document.getInteger("version")).isEqualTo(1);
				assertThat(document.getLong("sequence")).isPositive();
			})
			.expectComplete()
			.verify(PATIENCE);
		StepVerifier.create(new History(this.mongo).of(KIND, "p-1").map(HistoryEntry::transition))
			.expectNext(Transition.CREATE, Transition.SUBMIT, Transition.REVIEW_APPROVE, Transition.SECRECY_APPROVE,
					Transition.PUBLISH)
			.expectComplete()
			.verify(PATIENCE);
	}

	@Test
	void shouldLetExactlyOneOfTwoConcurrentTransitionsWin() {
		created(this.workflow.create(KIND, "p-2", draft("二"), EDITOR));

		Mono<List<String>> outcomes = Flux
			.merge(this.workflow.submit(KIND, "p-2", EDITOR, null).map((won) -> "won").onErrorResume(
					ErrorResponseException.class, (lost) -> Mono.just(lost.getStatusCode().toString())),
					this.workflow.submit(KIND, "p-2", EDITOR, null).map((won) -> "won").onErrorResume(
							ErrorResponseException.class, (lost) -> Mono.just(lost.getStatusCode().toString())))
			.collectList();

		StepVerifier.create(outcomes)
			.assertNext((both) -> assertThat(both).containsExactlyInAnyOrder("won", "409 CONFLICT"))
			.expectComplete()
			.verify(PATIENCE);
		StepVerifier.create(this.workflow.findInWork(KIND, "p-2"))
			.assertNext((version) -> assertThat(version.revision()).isEqualTo(1))
			.expectComplete()
			.verify(PATIENCE);
	}

	@Test
	void shouldLeaveNothingOfABulkImportWhenOneOfItsIdsIsTaken() {
		created(this.workflow.create(KIND, "p-5", draft("已有"), EDITOR));
		List<ReviewWorkflow.NewItem> items = List.of(new ReviewWorkflow.NewItem("p-3", draft("三")),
				new ReviewWorkflow.NewItem("p-4", draft("四")), new ReviewWorkflow.NewItem("p-5", draft("五")),
				new ReviewWorkflow.NewItem("p-6", draft("六")));

		StepVerifier.create(this.workflow.importDrafts(KIND, items, EDITOR)).expectError().verify(PATIENCE);

		StepVerifier.create(this.mongo.count(new Query(), ItemVersion.class)).expectNext(1L).expectComplete()
			.verify(PATIENCE);
		StepVerifier.create(this.mongo.findById(ItemVersion.idOf(KIND, "p-5", 1), ItemVersion.class))
			.assertNext((kept) -> assertThat(kept.title()).isEqualTo("已有"))
			.expectComplete()
			.verify(PATIENCE);
	}

	@Test
	void shouldRunAnIdempotentActionOnceWhenTheSameKeyArrivesTwiceAtOnce() {
		AtomicInteger runs = new AtomicInteger();
		Mono<String> once = this.idempotency.once("test", EDITOR, "k-1", "same",
				() -> Mono.delay(Duration.ofMillis(50)).map((tick) -> "result-" + runs.incrementAndGet()));

		Mono<List<String>> outcomes = Flux.merge(once.onErrorResume(ErrorResponseException.class,
				(busy) -> Mono.just(busy.getStatusCode().toString())), once.onErrorResume(ErrorResponseException.class,
						(busy) -> Mono.just(busy.getStatusCode().toString())))
			.collectList();

		// The loser either waited for the result or was told the first is still running.
		StepVerifier.create(outcomes)
			.assertNext((both) -> assertThat(both).contains("result-1").hasSize(2))
			.expectComplete()
			.verify(PATIENCE);
		assertThat(runs).hasValue(1);
		StepVerifier.create(once).expectNext("result-1").expectComplete().verify(PATIENCE);
	}

	private static void created(Mono<ItemVersion> create) {
		StepVerifier.create(create).expectNextCount(1).expectComplete().verify(PATIENCE);
	}

	private static ReviewWorkflow.Draft draft(String title) {
		return new ReviewWorkflow.Draft(new Document("title", title), title, null, null);
	}

	/** A minimal public state: one document per item, written with the same version guard as the real ones. */
	private record TestPublicState(ReactiveMongoTemplate mongo) implements PublicState {

		static final String COLLECTION = "public_test";

		@Override
		public ItemKind kind() {
			return KIND;
		}

		@Override
		public Mono<Current> current(String itemId) {
			return this.mongo.findById(itemId, Document.class, COLLECTION)
				.map((document) -> new Current(document.getInteger("version"), VersionState.PUBLISHED));
		}

		@Override
		public Mono<Instant> write(ItemVersion version, long sequence, Instant now) {
			return this.mongo
				.upsert(Query.query(Criteria.where("_id").is(version.itemId()).and("version").lt(version.number())),
						new Update().set("version", version.number()).set("sequence", sequence), COLLECTION)
				.thenReturn(now);
		}

		@Override
		public Document repealed(Document content, LocalDate today) {
			return content;
		}

		@Override
		public Flux<ItemVersion> asVersions() {
			return Flux.empty();
		}

		@Override
		public Flux<Written> writtenAfter(long sequence, int limit) {
			return Flux.empty();
		}

		@Override
		public void forgetRecentReads(String itemId) {
			// nothing remembered here
		}

	}

}
