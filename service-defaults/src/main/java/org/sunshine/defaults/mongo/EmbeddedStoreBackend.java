package org.sunshine.defaults.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend with {@link StoreDataType} for its unique indexes' keys (compared by
 * value, not by Java-serialized bytes) and its collections' documents (stored as BSON). A file written
 * by the stock backend has its indexes put in the new order once, on open; its documents need nothing.
 */
final class EmbeddedStoreBackend extends H2Backend {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreBackend.class);

	/** mongo-java-server names a unique index's map {@code <database>.<collection>._index_<index>}. */
	private static final String INDEX_MAP_MARK = "._index_";

	/** ... and a collection's documents {@code databases.<database>.<collection>}. */
	private static final String DATA_MAP_PREFIX = "databases.";

	/** Not under mongo-java-server's "databases." and "meta." prefixes, so it never shows as a database. */
	private static final String FORMAT_MAP = "sunshine-store-format";

	private static final String INDEX_ORDER = "uniqueIndexOrder";

	private static final int BY_VALUE = 2;

	private final MVStore store;

	private EmbeddedStoreBackend(MVStore store) {
		// Set before super(): H2Backend's constructor already opens the databases it finds in the file.
		this.store = store;
		super(store);
	}

	static EmbeddedStoreBackend inMemoryStore() {
		MVStore store = MVStore.open(null);
		markOrdered(store);
		return new EmbeddedStoreBackend(store);
	}

	static EmbeddedStoreBackend fileStore(Path file) {
		if (Files.exists(file)) {
			reorderIndexes(file);
		}
		MVStore store = MVStore.open(file.toString());
		markOrdered(store);
		return new EmbeddedStoreBackend(store);
	}

	/**
	 * Puts every unique index of a file written in the serialized-bytes order back in value order, all
	 * in one commit: with auto-commit off nothing reaches the file before it, so a crash halfway leaves
	 * the file as it was and the next start does it again.
	 */
	private static void reorderIndexes(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
		try {
			if (isOrdered(store)) {
				return;
			}
			int indexes = 0;
			long keys = 0;
			for (String name : List.copyOf(store.getMapNames())) {
				if (name.contains(INDEX_MAP_MARK)) {
					keys += reorder(store.openMap(name, indexMap()));
					indexes++;
				}
			}
			markOrdered(store);
			store.commit();
			log.info("Embedded MongoDB: put {} keys of {} unique indexes in {} in value order", keys, indexes, file);
		}
		finally {
			store.close();
		}
	}

	private static long reorder(MVMap<Object, Object> index) {
		// Walking a map from its first page compares no keys, so it reads the old order intact.
		List<Map.Entry<Object, Object>> entries = new ArrayList<>(index.size());
		for (Map.Entry<Object, Object> entry : index.entrySet()) {
			entries.add(Map.entry(entry.getKey(), entry.getValue()));
		}
		index.clear();
		entries.forEach((entry) -> index.put(entry.getKey(), entry.getValue()));
		return entries.size();
	}

	private static boolean isOrdered(MVStore store) {
		return Integer.valueOf(BY_VALUE).equals(store.openMap(FORMAT_MAP).get(INDEX_ORDER));
	}

	private static void markOrdered(MVStore store) {
		store.<String, Object>openMap(FORMAT_MAP).put(INDEX_ORDER, BY_VALUE);
	}

	private static <K, V> MVMap.Builder<K, V> indexMap() {
		return new MVMap.Builder<K, V>().keyType(new StoreDataType());
	}

	private static <K, V> MVMap.Builder<K, V> dataMap() {
		return new MVMap.Builder<K, V>().valueType(new StoreDataType());
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, this.store, getCursorRegistry());
	}

	private static final class Database extends H2Database {

		private final MVStore store;

		Database(String name, MVStore store, CursorRegistry cursors) {
			// Set before super(): H2Database's constructor already opens the existing indexes.
			this.store = store;
			super(name, store, cursors);
		}

		/*
		 * Both open the map with StoreDataType first; H2Database then opens it by name and, MVStore
		 * handing out one instance per open map, builds on this one.
		 */

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			this.store.openMap(getFullCollectionNamespace(collectionName) + INDEX_MAP_MARK + indexName, indexMap());
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			this.store.openMap(DATA_MAP_PREFIX + getFullCollectionNamespace(collectionName), dataMap());
			return super.openOrCreateCollection(collectionName, options);
		}

	}

}
