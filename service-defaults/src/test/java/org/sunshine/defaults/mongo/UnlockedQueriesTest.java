package org.sunshine.defaults.mongo;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries on the embedded store take no collection lock: a scan answers while a write holds the
 * collection, and what a query handed out is never changed by a later write. A command that waits holds
 * up only its own connection.
 */
class UnlockedQueriesTest {

	private static final int DOCUMENTS = 200;

	/** Far beyond a scan of a few hundred documents; reached only when the query waits for the lock. */
	private static final Duration STUCK = Duration.ofSeconds(30);

	private final EmbeddedStoreBackend backend = EmbeddedStoreBackend.inMemoryStore();

	private MongoServer server;

	private MongoClient client;

	private MongoCollection<Document> complaints;

	private de.bwaldvogel.mongo.MongoCollection<?> stored;

	@BeforeEach
	void fill() {
		this.server = EmbeddedMongoAutoConfiguration.serve(this.backend, 0);
		this.client = MongoClients.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort() + "/?maxPoolSize="
				+ EmbeddedMongoAutoConfiguration.CONNECTIONS);
		this.complaints = this.client.getDatabase("sunshine").getCollection("complaints");
		Mono.from(this.complaints.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true))).block();
		Flux.from(this.complaints.insertMany(IntStream.range(0, DOCUMENTS)
			.mapToObj((i) -> new Document("code", "C-" + i).append("status", (i % 2 == 0) ? "RECEIVED" : "ACCEPTED"))
			.toList())).blockLast();
		this.stored = this.backend.resolveDatabase("sunshine").resolveCollection("complaints", true);
	}

	@AfterEach
	void close() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void aScanAnswersWhileAWriteHoldsTheCollection() {
		// mongo-java-server's writes run under the collection's monitor; this thread takes it instead.
		synchronized (this.stored) {
			List<Document> received = Flux.from(this.complaints.find(new Document("status", "RECEIVED")))
				.collectList()
				.block(STUCK);
			assertThat(received).hasSize(DOCUMENTS / 2);
			assertThat(Mono.from(this.complaints.find(new Document("code", "C-7")).first()).block(STUCK))
				.extracting((found) -> found.get("status"))
				.isEqualTo("ACCEPTED");
		}
	}

	/**
	 * The server answers each connection on one thread; a connection sharing its thread with one whose
	 * command waits (here an insert waiting for the collection) waits too, unless every connection has
	 * a thread of its own.
	 */
	@Test
	void aCommandThatWaitsHoldsUpOnlyItsOwnConnection() {
		CompletableFuture<?> insert;
		synchronized (this.stored) {
			insert = Mono.from(this.complaints.insertOne(new Document("code", "C-new"))).toFuture();
			Awaitility.await().atMost(STUCK).until(this::aServerThreadWaitsForTheCollection);

			List<Document> found = Flux.range(0, 16)
				.flatMap((i) -> this.complaints.find(new Document("code", "C-" + i)).first(), 16)
				.collectList()
				.block(STUCK);
			assertThat(found).hasSize(16);
			assertThat(insert).isNotDone();
		}
		assertThat(insert).succeedsWithin(STUCK);
	}

	private boolean aServerThreadWaitsForTheCollection() {
		int collection = System.identityHashCode(this.stored);
		return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, false))
			.anyMatch((thread) -> thread.getThreadState() == Thread.State.BLOCKED && thread.getLockInfo() != null
					&& thread.getLockInfo().getIdentityHashCode() == collection);
	}

	@Test
	void aWriteLeavesTheDocumentAQueryHandedOutAsItWas() {
		de.bwaldvogel.mongo.bson.Document handedOut = this.stored.handleQuery(new de.bwaldvogel.mongo.bson.Document("code", "C-7"), 0, 0)
			.collectDocuments()
			.get(0);

		Mono.from(this.complaints.updateOne(new Document("code", "C-7"),
				new Document("$set", new Document("status", "REPLIED")).append("$unset", new Document("code", ""))))
			.block();

		assertThat(handedOut.get("status")).isEqualTo("ACCEPTED");
		assertThat(handedOut.get("code")).isEqualTo("C-7");
		assertThat(Flux.from(this.complaints.find(new Document("status", "REPLIED"))).collectList().block())
			.singleElement()
			.satisfies((now) -> assertThat(now).doesNotContainKey("code"));
	}

	/** A write works on a copy of what it found; its {@code $} still names the element its query matched. */
	@Test
	void aPositionalUpdateFindsItsElementWhileScansRun() {
		Mono.from(this.complaints.updateMany(new Document(), new Document("$set", new Document("outbox",
				List.of(new Document("key", "a").append("attempts", 0), new Document("key", "b").append("attempts", 0))))))
			.block();
		Flux<Document> scans = Flux.range(0, 20)
			.flatMap((i) -> this.complaints.find(new Document("outbox", new Document("$elemMatch", new Document("attempts", 0)))), 4);

		Flux<Object> updates = Flux.range(0, DOCUMENTS)
			.flatMap((i) -> this.complaints.updateOne(
					new Document("code", "C-" + i).append("outbox.key", "b"),
					new Document("$inc", new Document("outbox.$.attempts", 1))), 4)
			.cast(Object.class);
		Flux.merge(scans.cast(Object.class), updates).blockLast(STUCK);

		List<Document> all = Flux.from(this.complaints.find()).collectList().block();
		assertThat(all).hasSize(DOCUMENTS).allSatisfy((complaint) -> assertThat(complaint.getList("outbox", Document.class))
			.extracting((entry) -> entry.getInteger("attempts"))
			.containsExactly(0, 1));
	}

}
