package org.sunshine.search.index;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Moves between physical indices without downtime: build a new index beside the one behind the alias, fill it, then
 * swap the alias in one atomic step.
 */
@Component
public class IndexAdmin {

	private final SearchEngine engine;

	private final IndexManager indexManager;

	IndexAdmin(SearchEngine engine, IndexManager indexManager) {
		this.engine = engine;
		this.indexManager = indexManager;
	}

	/** The index the alias points at now; asked each time, since another replica may have moved it. */
	public Mono<IndexTarget> current(DocumentType type) {
		return engine.client().flatMap(client -> indexManager.resolve(client, type));
	}

	/**
	 * Creates (or finds, when another replica created it first) an index of the current mapping version, not yet
	 * behind the alias.
	 *
	 * @param generation appended to the name so that rebuilds of one mapping version get distinct indices; {@code
	 *     null} for the version's first index
	 */
	public Mono<IndexTarget> create(DocumentType type, String generation) {
		String name = IndexDefinitions.indexName(type, IndexDefinitions.VERSION)
				+ (generation == null ? "" : "-" + generation);
		return engine.client().flatMap(client -> indexManager.createUnaliased(client, name));
	}

	public Mono<Void> promote(DocumentType type, IndexTarget from, IndexTarget to) {
		return engine.client().flatMap(client -> indexManager.swap(client, type, from, to));
	}

	/** Makes what was written to the index searchable now. */
	public Mono<Void> refresh(IndexTarget target) {
		return engine.client()
				.flatMap(client -> Futures.mono(() -> client.indices().refresh(r -> r.index(target.name()))))
				.then();
	}
}
