package org.sunshine.defaults.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend with {@link StoreDataType} for its unique indexes (keys compared by
 * value, not by Java-serialized bytes) and its collections' maps (documents stored as BSON, ObjectIds
 * without Java serialization). A file written before has its unique indexes rebuilt once, on open; its
 * documents need nothing. Queries run without the collection's lock ({@link Collection}).
 */
final class EmbeddedStoreBackend extends H2Backend {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreBackend.class);

	/** mongo-java-server names a unique index's map {@code <database>.<collection>._index_<index>}. */
	private static final String INDEX_MAP_MARK = "._index_";

	/** ... and a collection's documents {@code databases.<database>.<collection>}. */
	private static final String DATA_MAP_PREFIX = "databases.";

	/** ... and its metadata {@code meta.<database>.<collection>}. */
	private static final String META_MAP_PREFIX = "meta.";

	private static final String ID_FIELD = "_id";

	/** Not under mongo-java-server's "databases." and "meta." prefixes, so it never shows as a database. */
	static final String FORMAT_MAP = "sunshine-store-format";

	static final String INDEX_ORDER = "uniqueIndexOrder";

	/**
	 * The unique indexes' format: 2 ordered them by value, 3 also sizes their pages by honest estimates
	 * (one key per page before, see {@link StoreDataType#getMemory}). Absent: the stock backend's order.
	 */
	private static final int INDEX_FORMAT = 3;

	private final MVStore store;

	/** Documents read by whole-collection scans, all collections together (tests check which queries scan). */
	private final LongAdder scanned;

	private EmbeddedStoreBackend(MVStore store) {
		// Set before super(): H2Backend's constructor already opens the databases it finds in the file.
		this.store = store;
		this.scanned = new LongAdder();
		super(store);
	}

	static EmbeddedStoreBackend inMemoryStore() {
		MVStore store = MVStore.open(null);
		markCurrent(store);
		return new EmbeddedStoreBackend(store);
	}

	static EmbeddedStoreBackend fileStore(Path file) {
		if (Files.exists(file)) {
			rebuildIndexes(file);
		}
		MVStore store = MVStore.open(file.toString());
		markCurrent(store);
		return new EmbeddedStoreBackend(store);
	}

	/**
	 * Rebuilds every unique index of a file written in an older format (serialized-bytes order, or one key
	 * per page), all in one commit: with auto-commit off nothing reaches the file before it, so a crash
	 * halfway leaves the file as it was and the next start does it again.
	 */
	private static void rebuildIndexes(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
		try {
			if (isCurrent(store)) {
				return;
			}
			int indexes = 0;
			long keys = 0;
			for (String name : List.copyOf(store.getMapNames())) {
				if (name.contains(INDEX_MAP_MARK)) {
					keys += rebuild(store.openMap(name, indexMap()));
					indexes++;
				}
			}
			markCurrent(store);
			store.commit();
			log.info("Embedded MongoDB: rebuilt {} unique indexes ({} keys) in {}", indexes, keys, file);
		}
		finally {
			store.close();
		}
	}

	private static long rebuild(MVMap<Object, Object> index) {
		// Walking a map from its first page compares no keys, so it reads the old order intact.
		List<Map.Entry<Object, Object>> entries = new ArrayList<>(index.size());
		for (Map.Entry<Object, Object> entry : index.entrySet()) {
			entries.add(Map.entry(entry.getKey(), entry.getValue()));
		}
		index.clear();
		entries.forEach((entry) -> index.put(entry.getKey(), entry.getValue()));
		return entries.size();
	}

	private static boolean isCurrent(MVStore store) {
		return Integer.valueOf(INDEX_FORMAT).equals(store.openMap(FORMAT_MAP).get(INDEX_ORDER));
	}

	private static void markCurrent(MVStore store) {
		store.<String, Object>openMap(FORMAT_MAP).put(INDEX_ORDER, INDEX_FORMAT);
	}

	private static <K, V> MVMap.Builder<K, V> indexMap() {
		// Keys: the indexed values; values: the document's position, its _id.
		return new MVMap.Builder<K, V>().keyType(new StoreDataType()).valueType(new StoreDataType());
	}

	private static <K, V> MVMap.Builder<K, V> dataMap() {
		// Keys: the documents' _id.
		return new MVMap.Builder<K, V>().keyType(new StoreDataType()).valueType(new StoreDataType());
	}

	/** How many documents whole-collection scans have read so far. */
	long documentsScanned() {
		return this.scanned.sum();
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, this.store, getCursorRegistry(), this.scanned);
	}

	private static final class Database extends H2Database {

		private final MVStore store;

		private final CursorRegistry cursors;

		private final LongAdder scanned;

		Database(String name, MVStore store, CursorRegistry cursors, LongAdder scanned) {
			// Set before super(): H2Database's constructor already opens the existing indexes and collections.
			this.store = store;
			this.cursors = cursors;
			this.scanned = scanned;
			super(name, store, cursors);
		}

		/*
		 * Opens the index's map with StoreDataType first; H2Database then opens it by name and, MVStore
		 * handing out one instance per open map, builds on this one.
		 */

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			this.store.openMap(getFullCollectionNamespace(collectionName) + INDEX_MAP_MARK + indexName, indexMap());
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}

		/** A count as the driver sends it ({@link CountQuery}) reads only the fields its filter reads. */
		@Override
		public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
				Oplog oplog) {
			CountQuery count = command.equals("aggregate") ? CountQuery.of(query) : null;
			if (count != null && resolveCollection(count.collection(), false) instanceof Collection collection) {
				long matches;
				try {
					matches = collection.count(count.filter());
				}
				catch (ConcurrentModificationException ex) {
					// An index created or dropped while the count walked the list of indexes: as handleQuery.
					return super.handleCommand(channel, command, query, resolver, oplog);
				}
				Document cursor = new Document("id", 0L).append("ns", getFullCollectionNamespace(count.collection()))
					.append("firstBatch", count.result(matches));
				Document response = new Document("cursor", cursor);
				Utils.markOkay(response);
				return response;
			}
			return super.handleCommand(channel, command, query, resolver, oplog);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String namespace = getFullCollectionNamespace(collectionName);
			MVMap<Object, Document> documents = this.store.openMap(DATA_MAP_PREFIX + namespace, dataMap());
			MVMap<String, Object> meta = this.store.openMap(META_MAP_PREFIX + namespace);
			return new Collection(this, collectionName, options, documents, meta, this.cursors, this.store,
					this.scanned);
		}

	}

	/**
	 * A collection whose queries take no lock. mongo-java-server runs every operation on a collection
	 * under the collection's monitor, so a query that reads every document (the warning scan, the SMS
	 * relay's full pass) held up every insert for as long as it ran, seconds on a large store. H2's maps
	 * may be read while they are written, given three things: (a) mongo-java-server changes the document
	 * a write found in place — the same instance a query may be matching or encoding — so a write, which
	 * still holds the monitor, is handed copies; (b) a scan walks the version of the map it began with,
	 * whose pages commits made meanwhile would free, so it registers that version; (c) the collection's
	 * query matcher remembers the array position an update's {@code $} refers to, so a query matches
	 * with its own.
	 * Writes stay one at a time, as before.
	 */
	static final class Collection extends H2Collection {

		private final MVStore store;

		/** By _id: a {@link StoredDocument} read from the file, or a {@link Document} written since. */
		private final MVMap<Object, Object> documents;

		private final LongAdder scanned;

		@SuppressWarnings("unchecked")
		Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
				MVMap<String, Object> meta, CursorRegistry cursors, MVStore store, LongAdder scanned) {
			// The scan counter before super(): opening a collection may already read it.
			this.scanned = scanned;
			super(database, name, options, documents, meta, cursors);
			this.store = store;
			this.documents = (MVMap<Object, Object>) (MVMap<?, ?>) documents;
		}

		/**
		 * collStats' size is added up when asked for. mongo-java-server kept a running total by encoding
		 * every document written once more (twice for an update: before and after), under the collection's
		 * lock — about 15 % of an insert in a profile — for a figure none of the services reads.
		 */
		@Override
		protected boolean tracksDataSize() {
			return false;
		}

		@Override
		protected int getDataSize() {
			if (this.documents == null) {
				// H2Collection's constructor logs the size (at debug): not worth reading the whole map at start.
				return 0;
			}
			long size = 0;
			for (Object value : this.documents.values()) {
				size += StoreDataType.bsonSize(value);
			}
			return (int) Math.min(size, Integer.MAX_VALUE);
		}

		/*
		 * H2Collection's own readers of the map cast its values to Document; these read StoredDocuments too.
		 */

		@Override
		protected Document getDocument(Object position) {
			return decode(this.documents.get(position));
		}

		@Override
		protected void removeDocument(Object position) {
			if (this.documents.remove(position) == null) {
				throw new NoSuchElementException("No document with key " + position);
			}
		}

		@Override
		protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
			return this.documents.entrySet()
				.stream()
				.map((entry) -> new DocumentWithPosition<>(decode(entry.getValue()), entry.getKey()));
		}

		/**
		 * Every document, as H2Collection reads them, but a stored one is first decoded only as far as the
		 * query and its order read it, and whole (or as far as the projection reads it) only if it matches.
		 */
		@Override
		protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document projection) {
			Stream<Document> candidates;
			FieldsRead fields = FieldsRead.of(query, orderBy, projection);
			if (isNaturalDescending(orderBy)) {
				candidates = streamAllDocumentsWithPosition()
					.sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
					.map(DocumentWithPosition::getDocument);
			}
			else if (limit > 0 && skip >= 0 && isOrderedByFields(orderBy) && fields != null) {
				// Skipped already: only the page is decoded whole.
				return matchDocumentsFromStream(firstInOrder(query, orderBy, skip, limit, fields), query, orderBy, 0,
						limit, batchSize, projection);
			}
			else {
				DefaultQueryMatcher matcher = new DefaultQueryMatcher();
				candidates = this.documents.values()
					.stream()
					.peek((value) -> this.scanned.increment())
					.map((value) -> candidate(value, query, fields, matcher))
					.filter(Objects::nonNull);
			}
			return matchDocumentsFromStream(candidates, query, orderBy, skip, limit, batchSize, projection);
		}

		private static boolean isOrderedByFields(Document orderBy) {
			return orderBy != null && !orderBy.isEmpty() && !orderBy.containsKey("$natural");
		}

		/**
		 * The page of matches after {@code skip} in the order asked for (ties in the collection's order, as a
		 * full sort leaves them), only those decoded whole. mongo-java-server decodes and sorts every match
		 * for a page: a staff queue of 20 over 130,000 open complaints held them all at once, and
		 * complaint-service spent minutes collecting garbage. Here a match is kept, as far as the filter and
		 * the order read it, only while it is among the first {@code skip + limit}.
		 */
		private Stream<Document> firstInOrder(Document query, Document orderBy, int skip, int limit, FieldsRead fields) {
			long wanted = (long) skip + limit;
			record Ranked(Document read, Object value, long arrival) {
			}
			Comparator<Document> order = deriveComparator(orderBy);
			Comparator<Ranked> ranking = Comparator.comparing(Ranked::read, order).thenComparingLong(Ranked::arrival);
			PriorityQueue<Ranked> kept = new PriorityQueue<>(ranking.reversed());
			DefaultQueryMatcher matcher = new DefaultQueryMatcher();
			long arrival = 0;
			for (Object value : this.documents.values()) {
				this.scanned.increment();
				Document read = readForMatching(value, fields);
				if (!matcher.matches(read, query)) {
					continue;
				}
				Ranked ranked = new Ranked(read, value, arrival++);
				if (kept.size() < wanted) {
					kept.add(ranked);
				}
				else if (ranking.compare(ranked, kept.peek()) < 0) {
					kept.poll();
					kept.add(ranked);
				}
			}
			List<Ranked> first = new ArrayList<>(kept);
			first.sort(ranking);
			return first.stream().skip(skip).map((ranked) -> readForResult(ranked.value(), fields));
		}

		/**
		 * How many documents match, each read only as far as the filter reads it (none decoded whole).
		 * Unlocked, as a query.
		 */
		long count(Document filter) {
			if (filter.isEmpty()) {
				return this.documents.size();
			}
			if (readsThroughIndex(filter)) {
				return queryDocuments(filter, null, 0, 0, 0, new Document(ID_FIELD, 1)).collectDocuments().size();
			}
			FieldsRead fields = FieldsRead.of(filter, null, null);
			DefaultQueryMatcher matcher = new DefaultQueryMatcher();
			long matches = 0;
			MVStore.TxCounter reading = this.store.registerVersionUsage();
			try {
				for (Object value : this.documents.values()) {
					this.scanned.increment();
					if (matcher.matches(readForMatching(value, fields), filter)) {
						matches++;
					}
				}
			}
			finally {
				this.store.deregisterVersionUsage(reading);
			}
			return matches;
		}

		/** The document if it may match (matchDocumentsFromStream then matches it for good), else null. */
		private static Document candidate(Object value, Document query, FieldsRead fields, DefaultQueryMatcher matcher) {
			if (fields == null || !(value instanceof StoredDocument)) {
				return decode(value);
			}
			return match(value, query, fields, matcher);
		}

		/** The document, as far as the result needs it, if it matches the filter; else null. */
		private static Document match(Object value, Document filter, FieldsRead fields, DefaultQueryMatcher matcher) {
			return matcher.matches(readForMatching(value, fields), filter) ? readForResult(value, fields) : null;
		}

		/** A stored document decoded as far as the filter and the order read it (whole without {@code fields}). */
		private static Document readForMatching(Object value, FieldsRead fields) {
			return (fields != null && value instanceof StoredDocument stored) ? stored.decode(fields.matching())
					: decode(value);
		}

		/** A stored document decoded as far as the projection reads it (whole when it reads everything). */
		private static Document readForResult(Object value, FieldsRead fields) {
			return (fields != null && fields.result() != null && value instanceof StoredDocument stored)
					? stored.decode(fields.result()) : decode(value);
		}

		private static Document decode(Object value) {
			return (value instanceof StoredDocument stored) ? stored.decode() : (Document) value;
		}

		@Override
		public QueryResult handleQuery(QueryParameters query) {
			if (Thread.holdsLock(this)) {
				return super.handleQuery(query);
			}
			try {
				return queryUnlocked(query);
			}
			catch (ConcurrentModificationException ex) {
				// An index created or dropped while the query walked the list of indexes.
				return super.handleQuery(query);
			}
		}

		/** What the locked handleQuery does: the selector may wrap the filter as query/$query with an order. */
		private QueryResult queryUnlocked(QueryParameters query) {
			Document selector = query.getQuerySelector();
			Document filter = selector;
			Document orderBy = null;
			for (String wrapper : List.of("query", "$query")) {
				if (selector.containsKey(wrapper)) {
					filter = (Document) selector.get(wrapper);
					orderBy = (Document) selector.get(wrapper.replace("query", "orderby"));
					break;
				}
			}
			FieldsRead fields = FieldsRead.of(filter, orderBy, query.getProjection());
			// A batch size: a client's find (mongo-java-server's own callers, aggregations and counts, ask for all).
			if (query.getBatchSize() > 0 && fields != null && (orderBy == null || orderBy.isEmpty())
					&& query.getNumberToSkip() >= 0 && query.getLimit() >= 0
					&& !readsThroughIndex(filter)) {
				return new Scan(filter, fields, query).firstBatch(query.getBatchSize());
			}
			return queryDocuments(filter, orderBy, query.getNumberToSkip(), query.getLimit(), query.getBatchSize(),
					query.getProjection());
		}

		/**
		 * A query that reads the whole collection in no particular order, answered a batch at a time: each
		 * batch walks on from the last document the previous one looked at. mongo-java-server collects every
		 * match before it answers with the first batch; the public statistics' pass over 110,000 complaints
		 * then held ~130 MB of them at once, and complaint-service (256 MB) spent its time collecting garbage
		 * until it stopped answering. Like MongoDB's cursors, a scan sees what was written while it ran
		 * between its batches, not a snapshot. Only for a client that names a batch size: without one,
		 * mongo-java-server's answer holds every match, and its own callers (aggregations, counts) rely on it.
		 */
		private final class Scan implements Cursor {

			/** A later batch when the client does not say. */
			private static final int NEXT_BATCH = 1000;

			private final long id = Collection.this.cursorRegistry.generateCursorId();

			private final Document filter;

			private final FieldsRead fields;

			private final Document projection;

			private int toSkip;

			/** Matches still to hand out; the query's limit, if any. */
			private int wanted;

			/** The key of the last document looked at; null before the first. */
			private Object lastKey;

			private boolean ended;

			Scan(Document filter, FieldsRead fields, QueryParameters query) {
				this.filter = filter;
				this.fields = fields;
				this.projection = query.getProjection();
				this.toSkip = query.getNumberToSkip();
				this.wanted = (query.getLimit() > 0) ? query.getLimit() : Integer.MAX_VALUE;
			}

			QueryResult firstBatch(int batchSize) {
				List<Document> batch = takeDocuments(batchSize);
				if (isEmpty()) {
					return new QueryResult(batch);
				}
				Collection.this.cursorRegistry.add(this);
				return new QueryResult(batch, this.id);
			}

			@Override
			public long getId() {
				return this.id;
			}

			@Override
			public boolean isEmpty() {
				return this.ended;
			}

			@Override
			public synchronized List<Document> takeDocuments(int batchSize) {
				int size = Math.min((batchSize > 0) ? batchSize : NEXT_BATCH, this.wanted);
				List<Document> matches = new ArrayList<>(Math.min(size, NEXT_BATCH));
				DefaultQueryMatcher matcher = new DefaultQueryMatcher();
				MVStore.TxCounter reading = Collection.this.store.registerVersionUsage();
				try {
					org.h2.mvstore.Cursor<Object, Object> cursor = Collection.this.documents.cursor(this.lastKey);
					while (matches.size() < size && cursor.hasNext()) {
						Object key = cursor.next();
						if (this.lastKey != null && Collection.this.documents.getKeyType().compare(key, this.lastKey) == 0) {
							continue;
						}
						this.lastKey = key;
						Collection.this.scanned.increment();
						Document match = match(cursor.getValue(), this.filter, this.fields, matcher);
						if (match == null) {
							continue;
						}
						if (this.toSkip > 0) {
							this.toSkip--;
						}
						else {
							matches.add(match);
						}
					}
					this.ended = !cursor.hasNext();
				}
				finally {
					Collection.this.store.deregisterVersionUsage(reading);
				}
				this.wanted -= matches.size();
				this.ended |= this.wanted == 0;
				// Matched already; this applies the projection (and matches again, cheaply, on what was decoded).
				return matchDocumentsFromStream(matches.stream(), this.filter, null, 0, 0, 0, this.projection)
					.collectDocuments();
			}

		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document projection) {
			if (!Thread.holdsLock(this)) {
				// A scan walks the version of the map it began with; registered, the pages of that version
				// stay in the file while writes commit newer ones (else: "Chunk ... not found").
				MVStore.TxCounter reading = this.store.registerVersionUsage();
				try {
					return find(query, orderBy, skip, limit, batchSize, projection);
				}
				finally {
					this.store.deregisterVersionUsage(reading);
				}
			}
			QueryResult found = find(query, orderBy, skip, limit, batchSize, projection);
			List<Document> copies = new ArrayList<>();
			found.forEach((document) -> copies.add(document.cloneDeeply()));
			return new QueryResult(copies, found.getCursorId());
		}

		/**
		 * mongo-java-server uses a unique index only for a query whose fields are exactly the index's, so a
		 * write guarded by more than the id ({@code {_id, version}}, {@code {_id, status}}) read the whole
		 * collection: every workflow step of a complaint scanned every complaint. A query that names one
		 * {@code _id} (or a list of them with {@code $in}) next to other conditions now reads just those
		 * documents through the {@code _id} index and matches the rest on them, as MongoDB does.
		 */
		private QueryResult find(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document projection) {
			Index<Object> index = byId(query);
			if (index == null) {
				return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
			}
			Iterable<Object> positions = index.getPositions(new Document(ID_FIELD, query.get(ID_FIELD)));
			return matchDocuments(query, positions, orderBy, skip, limit, batchSize, projection);
		}

		/** True when an index answers the query (whole, or for the {@code _id}s it names): no scan. */
		private boolean readsThroughIndex(Document query) {
			return byId(query) != null || getIndexes().stream().anyMatch((index) -> index.canHandle(query));
		}

		/**
		 * The {@code _id} index, for a query that no index answers whole but that names its {@code _id}s:
		 * one value or {@code $in} a list of them (no other operator, no pattern).
		 */
		private Index<Object> byId(Document query) {
			if (query.size() < 2 || !query.containsKey(ID_FIELD) || !namesIds(query.get(ID_FIELD))) {
				return null;
			}
			Index<Object> idIndex = null;
			Document ids = new Document(ID_FIELD, query.get(ID_FIELD));
			for (Index<Object> index : getIndexes()) {
				if (index.canHandle(query)) {
					return null;
				}
				if (idIndex == null && index.canHandle(ids)) {
					idIndex = index;
				}
			}
			return idIndex;
		}

		private static boolean namesIds(Object value) {
			if (value instanceof Document condition) {
				return condition.keySet().stream().noneMatch((key) -> key.startsWith("$"))
						|| (condition.size() == 1 && condition.get("$in") instanceof java.util.Collection<?>);
			}
			return value != null && !(value instanceof Pattern) && !BsonRegularExpression.isRegularExpression(value)
					&& !(value instanceof java.util.Collection<?>);
		}

		@Override
		protected boolean documentMatchesQuery(Document document, Document query) {
			if (Thread.holdsLock(this)) {
				return super.documentMatchesQuery(document, query);
			}
			// null: found in an index just before a write removed the document.
			return document != null && new DefaultQueryMatcher().matches(document, query);
		}

	}

}
