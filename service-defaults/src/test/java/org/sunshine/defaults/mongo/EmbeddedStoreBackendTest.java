package org.sunshine.defaults.mongo;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store through the real driver over the wire. Unique indexes in value order: lookups,
 * duplicates refused, and a file written by the stock backend (serialized-bytes order) converted on open.
 * Codes of different lengths ("C-9", "C-10") sort one way by value and the other by serialized bytes,
 * whose string form starts with the length, so an index left in the old order loses lookups. Documents
 * as BSON: every BSON type the services use comes back as it went in, and old documents stay readable.
 */
class EmbeddedStoreBackendTest {

	private static final int DOCUMENTS = 300;

	private static final String CODE_INDEX = "sunshine.complaints._index_code_1";

	private static final String ID_INDEX = "sunshine.complaints._index__id_";

	@TempDir
	Path directory;

	@Test
	void inMemoryStoreFindsEveryKeyAndRefusesDuplicates() {
		withCollection(EmbeddedStoreBackend.inMemoryStore(), (complaints) -> {
			fill(complaints);
			assertEveryCodeFound(complaints);
			assertDuplicateRefused(complaints);
		});
	}

	@Test
	void fileWrittenInSerializedOrderIsConvertedOnOpen() {
		Path file = this.directory.resolve("mongo.mv");
		withCollection(new H2Backend(file.toString()), this::fill);

		withCollection(EmbeddedStoreBackend.fileStore(file), (complaints) -> {
			assertEveryCodeFound(complaints);
			assertDuplicateRefused(complaints);
			insert(complaints, "C-" + DOCUMENTS);
		});
		// Opened again: already in value order, and what the last run added is there too.
		withCollection(EmbeddedStoreBackend.fileStore(file), (complaints) -> {
			assertEveryCodeFound(complaints);
			assertThat(find(complaints, "C-" + DOCUMENTS)).hasSize(1);
			assertDuplicateRefused(complaints);
		});
	}

	@Test
	void uniqueIndexPagesHoldManyKeys() {
		Path file = this.directory.resolve("mongo.mv");
		withCollection(EmbeddedStoreBackend.fileStore(file), this::fill);

		assertThat(keysPerLeaf(file, CODE_INDEX)).isGreaterThan(20);
		assertThat(keysPerLeaf(file, ID_INDEX)).isGreaterThan(20);
	}

	@Test
	void fileWithOneKeyPerIndexPageIsRebuiltOnOpen() {
		Path file = this.directory.resolve("mongo.mv");
		withCollection(EmbeddedStoreBackend.fileStore(file), this::fill);
		// What format 2 left: each key estimated at the stock type's 10,000 bytes, so one key per page.
		MVStore store = MVStore.open(file.toString());
		try {
			MVMap<Object, Object> index = store.openMap(CODE_INDEX, new MVMap.Builder<>().keyType(new StoreDataType() {
				@Override
				public int getMemory(Object value) {
					return 10_000;
				}
			}).valueType(new StoreDataType()));
			List<Map.Entry<Object, Object>> entries = new ArrayList<>(index.entrySet());
			index.clear();
			entries.forEach((entry) -> index.put(entry.getKey(), entry.getValue()));
			store.openMap(EmbeddedStoreBackend.FORMAT_MAP).put(EmbeddedStoreBackend.INDEX_ORDER, 2);
		}
		finally {
			store.close();
		}
		assertThat(keysPerLeaf(file, CODE_INDEX)).isEqualTo(1.0);

		withCollection(EmbeddedStoreBackend.fileStore(file), (complaints) -> {
			assertEveryCodeFound(complaints);
			assertDuplicateRefused(complaints);
		});
		assertThat(keysPerLeaf(file, CODE_INDEX)).isGreaterThan(20);
	}

	/**
	 * Reopened, the file hands the collection stored BSON, decoded only as far as each query reads it: the
	 * answers are those of a store that decodes every document (in memory, nothing ever stored as BSON).
	 */
	@Test
	void queriesOnStoredDocumentsAnswerAsOnDecodedOnes() {
		Path file = this.directory.resolve("mongo.mv");
		withCollection(EmbeddedStoreBackend.fileStore(file), this::fillVaried);
		MongoBackend decoded = EmbeddedStoreBackend.inMemoryStore();
		List<List<Document>> expected = new ArrayList<>();
		withCollection(decoded, (complaints) -> {
			fillVaried(complaints);
			expected.addAll(answers(complaints));
		});

		withCollection(EmbeddedStoreBackend.fileStore(file), (complaints) -> {
			assertThat(answers(complaints)).isEqualTo(expected);
		});
	}

	/** In batches (read on from where the last one stopped) as in one answer (sorted, so collected first). */
	@Test
	void findsInBatchesAnswerAsFindsCollectedAtOnce() {
		Path file = this.directory.resolve("mongo.mv");
		withCollection(EmbeddedStoreBackend.fileStore(file), this::fillVaried);

		withCollection(EmbeddedStoreBackend.fileStore(file), (complaints) -> {
			Document filter = new Document("n", new Document("$gte", 50)).append("suspendedAt", null);
			Document byId = new Document("_id", 1);
			assertThat(Flux.from(complaints.find(filter).batchSize(7)).collectList().block())
				.hasSize(225)
				.isEqualTo(Flux.from(complaints.find(filter).sort(byId)).collectList().block());
			assertThat(Flux.from(complaints.find(filter).batchSize(7).skip(3).limit(40).projection(new Document("code", 1)))
				.collectList()
				.block()).hasSize(40)
				.isEqualTo(Flux.from(complaints.find(filter).sort(byId).skip(3).limit(40).projection(new Document("code", 1)))
					.collectList()
					.block());
			assertThat(Flux.from(complaints.find(new Document("code", "nobody")).batchSize(7)).collectList().block()).isEmpty();
			// Written while the first batch is read, after the last document looked at: found too, as by MongoDB.
			List<Document> seen = Flux.from(complaints.find(new Document("n", new Document("$gte", 0))).batchSize(100))
				.concatMap((document) -> "id-0".equals(document.get("_id"))
						? Mono.from(complaints.insertOne(new Document("_id", "zz-late").append("n", 1000))).thenReturn(document)
						: Mono.just(document), 1)
				.collectList()
				.block();
			assertThat(seen).hasSize(DOCUMENTS + 1).last().extracting((document) -> document.get("_id")).isEqualTo("zz-late");
		});
	}

	private void fillVaried(MongoCollection<Document> complaints) {
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			documents.add(new Document("_id", "id-" + i).append("code", "C-" + i)
				.append("n", i)
				.append("content", "纳税人反映办税服务厅排队时间过长。".repeat(1 + i % 5))
				.append("department", new Document("code", "D" + (i % 7)).append("name", "第" + (i % 7) + "科"))
				.append("tags", List.of("t" + (i % 3), "t" + (i % 4)))
				.append("suspendedAt", (i % 10 == 0) ? Date.from(Instant.EPOCH) : null));
		}
		Mono.from(complaints.insertMany(documents)).block();
	}

	/** Filters, projections, orders and a positional update; each answer as a list of documents. */
	private static List<List<Document>> answers(MongoCollection<Document> complaints) {
		List<List<Document>> answers = new ArrayList<>();
		answers.add(Flux.from(complaints.find(new Document("n", new Document("$lt", 12)))).collectList().block());
		answers.add(Flux.from(complaints.find(new Document("department.code", "D3").append("suspendedAt", null))
			.projection(new Document("code", 1))
			.sort(new Document("n", -1))).collectList().block());
		answers.add(Flux.from(complaints.find(new Document("$or", List.of(new Document("tags", "t2"),
				new Document("code", new Document("$in", List.of("C-1", "C-4")))))).projection(new Document("_id", 0)
			.append("tags", 1)
			.append("department.name", 1))).collectList().block());
		answers.add(Flux.from(complaints.find(new Document("content", new Document("$regex", "排队.*排队")))
			.projection(new Document("content", 0))
			.limit(5)).collectList().block());
		answers.add(Flux.from(complaints.find().sort(new Document("$natural", -1)).limit(3)).collectList().block());
		Mono.from(complaints.updateMany(new Document("tags", "t1").append("n", new Document("$lt", 30)),
				new Document("$set", new Document("tags.$", "一")))).block();
		answers.add(Flux.from(complaints.find(new Document("tags", "一")).sort(new Document("code", 1))).collectList().block());
		answers.add(List.of(new Document("count", Mono.from(complaints.countDocuments(new Document("tags", "t0"))).block())));
		return answers;
	}

	/**
	 * A page of a sorted find keeps only the first skip + limit matches, and a count decodes nothing whole;
	 * both answer as mongo-java-server's stock backend, which sorts and counts every match decoded whole:
	 * ties in the order (7 departments) in the collection's order, descending and nested orders, a page
	 * past the last match, counts with the driver's skip and limit, and through an index.
	 */
	@Test
	void sortedPagesAndCountsAnswerAsTheStockBackend() {
		Path file = this.directory.resolve("mongo.mv");
		withCollection(EmbeddedStoreBackend.fileStore(file), this::fillVaried);
		List<List<Document>> expected = new ArrayList<>();
		withCollection(new H2Backend(this.directory.resolve("stock.mv").toString()), (complaints) -> {
			fillVaried(complaints);
			expected.addAll(pagesAndCounts(complaints));
		});

		EmbeddedStoreBackend backend = EmbeddedStoreBackend.fileStore(file);
		withCollection(backend, (complaints) -> {
			long scannedBefore = backend.documentsScanned();
			assertThat(pagesAndCounts(complaints)).isEqualTo(expected);
			assertThat(backend.documentsScanned()).isGreaterThan(scannedBefore);
		});
	}

	private static List<List<Document>> pagesAndCounts(MongoCollection<Document> complaints) {
		Mono.from(complaints.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true))).block();
		Document open = new Document("suspendedAt", null);
		Document byDepartmentLatestFirst = new Document("department.code", 1).append("n", -1);
		List<List<Document>> answers = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			answers.add(Flux.from(complaints.find(open).sort(new Document("n", -1)).skip(page * 20).limit(20))
				.collectList()
				.block());
		}
		answers.add(Flux.from(complaints.find(open).sort(new Document("department.code", 1)).limit(25)).collectList().block());
		answers.add(Flux.from(complaints.find(new Document("tags", "t1")).sort(new Document("department.name", -1))
			.skip(7)
			.limit(9)
			.projection(new Document("code", 1).append("department", 1))).collectList().block());
		answers.add(Flux.from(complaints.find(open).sort(new Document("content", 1)).skip(DOCUMENTS).limit(5))
			.collectList()
			.block());
		answers.add(Flux.from(complaints.find(new Document("n", new Document("$lt", 40))).sort(byDepartmentLatestFirst).limit(500))
			.collectList()
			.block());
		answers.add(Flux.from(complaints.find().sort(new Document("tags", 1)).limit(10)).collectList().block());
		answers.add(List.of(new Document("counts", List.of(
				Mono.from(complaints.countDocuments(open)).block(),
				Mono.from(complaints.countDocuments(new Document())).block(),
				Mono.from(complaints.countDocuments(new Document("n", new Document("$gte", 30)),
						new com.mongodb.client.model.CountOptions().skip(10).limit(100))).block(),
				Mono.from(complaints.countDocuments(new Document("code", "nobody"))).block(),
				Mono.from(complaints.countDocuments(new Document("code", "C-7"))).block(),
				Mono.from(complaints.countDocuments(new Document("$expr", new Document("$gt", List.of("$n", 290))))).block()))));
		return answers;
	}

	/** Added up when asked, in memory (documents as written) and from the file (stored BSON) alike. */
	@Test
	void collectionStatisticsGiveTheDocumentsBsonSize() {
		Path file = this.directory.resolve("mongo.mv");
		long[] written = new long[1];
		withDatabase(EmbeddedStoreBackend.fileStore(file), (database) -> {
			MongoCollection<Document> complaints = database.getCollection("complaints");
			fillVaried(complaints);
			written[0] = Flux.from(complaints.find())
				.map((document) -> (long) new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining())
				.reduce(0L, Long::sum)
				.block();
			assertThat(size(database)).isEqualTo(written[0]).isPositive();
		});
		withDatabase(EmbeddedStoreBackend.fileStore(file), (database) -> assertThat(size(database)).isEqualTo(written[0]));
	}

	/**
	 * A query that names an _id beside other conditions (a write guarded by a version, a status, a lock)
	 * reads that document through the _id index; mongo-java-server alone read every document for it.
	 */
	@Test
	void conditionsBesideAnIdReadOnlyThatDocument() {
		EmbeddedStoreBackend backend = EmbeddedStoreBackend.fileStore(this.directory.resolve("mongo.mv"));
		withCollection(backend, (complaints) -> {
			Flux.range(0, DOCUMENTS)
				.concatMap((i) -> complaints.insertOne(new Document("_id", "C-" + i).append("version", 1)
					.append("status", "OPEN")))
				.blockLast();
			long scannedBefore = backend.documentsScanned();

			Document close = new Document("$set", new Document("status", "CLOSED")).append("$inc",
					new Document("version", 1));
			Document current = new Document("_id", "C-7").append("version", 1);
			assertThat(Mono.from(complaints.updateOne(current, close)).block().getModifiedCount()).isOne();
			assertThat(Mono.from(complaints.updateOne(current, close)).block().getModifiedCount()).isZero();
			assertThat(Mono.from(complaints.findOneAndUpdate(new Document("_id", "C-8").append("status", "OPEN"),
					close)).block()).containsEntry("version", 1);
			assertThat(Flux.from(complaints.find(new Document("_id", new Document("$in", List.of("C-6", "C-7", "C-8", "C-9")))
				.append("status", "OPEN"))).map((document) -> document.get("_id")).collectList().block())
				.containsExactlyInAnyOrder("C-6", "C-9");
			assertThat(Mono.from(complaints.deleteOne(new Document("_id", "C-9").append("status", "CLOSED")))
				.block()
				.getDeletedCount()).isZero();
			assertThat(Mono.from(complaints.deleteOne(new Document("_id", "C-9").append("status", "OPEN")))
				.block()
				.getDeletedCount()).isOne();
			assertThat(backend.documentsScanned()).isEqualTo(scannedBefore);

			// Without an _id the collection is read, and counted.
			assertThat(Mono.from(complaints.countDocuments(new Document("status", "CLOSED"))).block()).isEqualTo(2);
			assertThat(backend.documentsScanned()).isGreaterThanOrEqualTo(scannedBefore + DOCUMENTS - 1);
		});
	}

	private static long size(MongoDatabase database) {
		Document stats = Mono.from(database.runCommand(new Document("collStats", "complaints"))).block();
		return ((Number) stats.get("size")).longValue();
	}

	@Test
	void documentsAreStoredAsBsonAndComeBackUnchanged() {
		Path file = this.directory.resolve("mongo.mv");
		Document sample = new Document("_id", new ObjectId()).append("int", 42)
			.append("long", 1L << 40)
			.append("double", -0.5)
			.append("decimal", new Decimal128(new BigDecimal("12.34")))
			.append("text", "湘税发〔2024〕12号 <script>")
			.append("when", Date.from(Instant.parse("2025-10-01T00:00:00Z")))
			.append("flag", true)
			.append("nothing", null)
			.append("bytes", new Binary(new byte[] { 0, 1, 2, (byte) 255 }))
			.append("uuid", new Binary((byte) 4, new byte[] { 63, 28, 42, -98, 13, 85, 74, -114, -99, 71, 10, 94, 12, 107, 31, 34 }))
			.append("list", List.of(1, "二", new Document("three", 3.0)))
			.append("nested", new Document("department", "NSFWK").append("at", Date.from(Instant.EPOCH)));
		withCollection(EmbeddedStoreBackend.fileStore(file),
				(complaints) -> Mono.from(complaints.insertOne(sample)).block());

		assertThat(storedTags(file)).containsOnly(StoreDataType.BSON_DOCUMENT);
		withCollection(EmbeddedStoreBackend.fileStore(file), (complaints) -> assertThat(
				Mono.from(complaints.find(new Document("_id", sample.get("_id"))).first()).block())
			.isEqualTo(sample));
	}

	@Test
	void documentsWrittenByTheStockBackendAreReadAndRewrittenAsBsonWhenUpdated() {
		Path file = this.directory.resolve("mongo.mv");
		withCollection(new H2Backend(file.toString()), this::fill);
		assertThat(storedTags(file)).doesNotContain(StoreDataType.BSON_DOCUMENT);

		withCollection(EmbeddedStoreBackend.fileStore(file), (complaints) -> {
			assertThat(Mono.from(complaints.countDocuments()).block()).isEqualTo(DOCUMENTS);
			Mono.from(complaints.updateOne(new Document("code", "C-7"), new Document("$set", new Document("status", "ACCEPTED"))))
				.block();
			assertThat(find(complaints, "C-7")).singleElement().extracting((found) -> found.get("status")).isEqualTo("ACCEPTED");
		});
		assertThat(storedTags(file)).containsOnlyOnce(StoreDataType.BSON_DOCUMENT);
	}

	/** The average number of keys in a leaf page of the map (H2 puts at most 48 in a page). */
	private static double keysPerLeaf(Path file, String map) {
		MVStore store = MVStore.open(file.toString());
		try {
			MVMap<Object, Object> index = store.openMap(map, new MVMap.Builder<>().keyType(new StoreDataType())
				.valueType(new StoreDataType()));
			long[] leavesAndKeys = new long[2];
			countLeaves(index.getRootPage(), leavesAndKeys);
			return (double) leavesAndKeys[1] / leavesAndKeys[0];
		}
		finally {
			store.close();
		}
	}

	private static void countLeaves(Page<Object, Object> page, long[] leavesAndKeys) {
		if (page.isLeaf()) {
			leavesAndKeys[0]++;
			leavesAndKeys[1] += page.getKeyCount();
			return;
		}
		for (int i = 0; i < page.getRawChildPageCount(); i++) {
			countLeaves(page.getChildPage(i), leavesAndKeys);
		}
	}

	/** The first byte of every document stored in the complaints collection's map. */
	private static List<Byte> storedTags(Path file) {
		List<Byte> tags = new ArrayList<>();
		StoreDataType recording = new StoreDataType() {
			@Override
			public Object read(ByteBuffer buffer) {
				tags.add(buffer.get(buffer.position()));
				return super.read(buffer);
			}
		};
		MVStore store = MVStore.open(file.toString());
		try {
			store.openMap("databases.sunshine.complaints",
					new MVMap.Builder<Object, Object>().keyType(new StoreDataType()).valueType(recording))
				.forEach((position, document) -> assertThat(document)
					.isInstanceOfAny(de.bwaldvogel.mongo.bson.Document.class, StoredDocument.class));
		}
		finally {
			store.close();
		}
		return tags;
	}

	private void fill(MongoCollection<Document> complaints) {
		Mono.from(complaints.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true))).block();
		// Shuffled insertion order, so the B-tree is built by comparisons, not appended.
		IntStream.range(0, DOCUMENTS).map((i) -> (i * 7919) % DOCUMENTS).forEach((i) -> insert(complaints, "C-" + i));
	}

	private static void insert(MongoCollection<Document> complaints, String code) {
		Mono.from(complaints.insertOne(new Document("code", code).append("subject", "办税服务厅排队时间过长"))).block();
	}

	private static List<Document> find(MongoCollection<Document> complaints, String code) {
		return Flux.from(complaints.find(new Document("code", code))).collectList().block();
	}

	private static void assertEveryCodeFound(MongoCollection<Document> complaints) {
		for (int i = 0; i < DOCUMENTS; i++) {
			List<Document> found = find(complaints, "C-" + i);
			assertThat(found).as("C-" + i).hasSize(1);
			Object id = found.get(0).get("_id");
			assertThat(Flux.from(complaints.find(new Document("_id", id))).collectList().block()).hasSize(1);
		}
	}

	private static void assertDuplicateRefused(MongoCollection<Document> complaints) {
		assertThatThrownBy(() -> insert(complaints, "C-10")).isInstanceOf(MongoWriteException.class)
			.hasMessageContaining("duplicate key");
		assertThat(find(complaints, "C-10")).hasSize(1);
	}

	private static void withCollection(MongoBackend backend, java.util.function.Consumer<MongoCollection<Document>> use) {
		withDatabase(backend, (database) -> use.accept(database.getCollection("complaints")));
	}

	private static void withDatabase(MongoBackend backend, java.util.function.Consumer<MongoDatabase> use) {
		MongoServer server = new MongoServer(backend);
		try {
			var address = server.bind();
			try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
				use.accept(client.getDatabase("sunshine"));
			}
		}
		finally {
			server.shutdownNow();
		}
	}

}
