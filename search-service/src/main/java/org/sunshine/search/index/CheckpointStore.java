package org.sunshine.search.index;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * How far each physical index has consumed the publisher's change feed, kept beside the indices in
 * {@code search-checkpoints}, one document per index uuid. A new or recreated index has no checkpoint and starts
 * from sequence 0, which is the full catch-up; an index being rebuilt keeps its own progress apart from the live one.
 */
@Component
public class CheckpointStore {

	private final SearchEngine engine;

	CheckpointStore(SearchEngine engine) {
		this.engine = engine;
	}

	record Checkpoint(String index, String indexUuid, long sequence) {
	}

	/** The last sequence applied to this index; 0 when none. */
	public Mono<Long> load(IndexTarget target) {
		return engine.client()
				.flatMap(client -> Futures.mono(() -> client.get(g -> g.index(IndexDefinitions.CHECKPOINTS)
						.id(target.uuid()), Checkpoint.class)))
				.map(response -> response.found() && response.source() != null ? response.source().sequence() : 0L);
	}

	public Mono<Void> save(IndexTarget target, long sequence) {
		return engine.client()
				.flatMap(client -> Futures.mono(() -> client.index(i -> i.index(IndexDefinitions.CHECKPOINTS)
						.id(target.uuid())
						.document(new Checkpoint(target.name(), target.uuid(), sequence)))))
				.then();
	}
}
