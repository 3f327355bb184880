package org.sunshine.search.feed;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.IndexAdmin;
import org.sunshine.search.index.IndexTarget;
import org.sunshine.search.index.SearchEngine;

import org.sunshine.defaults.lifecycle.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rebuilds an index from the change feed with no downtime: a new index is filled from sequence 0 beside the live
 * one (which keeps serving searches and receiving changes), and when it has caught up the alias moves to it in one
 * atomic step. The feed, not the old index, is the source, so a rebuild also repairs an index that lost documents.
 */
class Reindexer extends BackgroundSubscription {

	private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

	private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
			.withZone(ZoneOffset.UTC);

	private final FeedPoller poller;

	private final IndexAdmin indices;

	private final FeedProperties properties;

	private final Clock clock;

	private final SearchEngine engine;

	private final Set<DocumentType> running = ConcurrentHashMap.newKeySet();

	Reindexer(FeedPoller poller, IndexAdmin indices, FeedProperties properties, SearchEngine engine, Clock clock) {
		this.poller = poller;
		this.engine = engine;
		this.indices = indices;
		this.properties = properties;
		this.clock = clock;
	}

	/** What one rebuild did. */
	record Rebuilt(String alias, String from, String to, long sequence, long changes) {
	}

	/** Rebuilds each feed's index into a new generation, one after the other. */
	Mono<List<Rebuilt>> rebuild(List<FeedSource> sources) {
		String generation = GENERATION.format(clock.instant());
		return Flux.fromIterable(sources).concatMap(source -> rebuild(source, generation)).collectList();
	}

	/** A new mapping version in the code rebuilds the indices still on an older one, once the engine is up. */
	@Override
	protected Disposable subscribe() {
		return engine.whenReady()
				.thenMany(Flux.fromArray(FeedSource.values()).concatMap(this::migrateIfOutdated))
				.subscribe();
	}

	@Override
	public int getPhase() {
		return FeedPoller.PHASE;
	}

	/** Rebuilds the index of a type whose alias still points at an older mapping version. */
	Mono<Void> migrateIfOutdated(FeedSource source) {
		return indices.current(source.type())
				.filter(IndexTarget::isOutdated)
				.flatMap(outdated -> rebuild(source, null))
				.doOnError(e -> log.error("Rebuilding [{}] for the new mapping failed; it keeps serving the old index",
						source.type().alias(), e))
				.onErrorComplete()
				.then();
	}

	private Mono<Rebuilt> rebuild(FeedSource source, String generation) {
		DocumentType type = source.type();
		return Mono.defer(() -> {
			if (!running.add(type)) {
				return Mono.error(new ReindexRefusedException.InProgress(type.alias()));
			}
			return indices.current(type)
					.flatMap(old -> indices.create(type, generation).flatMap(fresh -> {
						if (fresh.uuid().equals(old.uuid())) {
							return Mono.error(new IllegalStateException(
									"[" + fresh.name() + "] is already behind [" + type.alias() + "]"));
						}
						log.info("Rebuilding [{}] into [{}] from the change feed", type.alias(), fresh.name());
						return catchUp(source, fresh)
								.flatMap(caughtUp -> indices.refresh(fresh)
										.then(indices.promote(type, old, fresh))
										.thenReturn(new Rebuilt(type.alias(), old.name(), fresh.name(),
												caughtUp.next(), caughtUp.changes())));
					}))
					.doFinally(signal -> running.remove(type));
		});
	}

	private record Progress(long next, long changes) {
	}

	/**
	 * Applies pages until one is not full (or does not move the feed on): the new index has then seen everything
	 * published so far.
	 */
	private Mono<Progress> catchUp(FeedSource source, IndexTarget target) {
		return poller.applyNext(source, target)
				.expand(applied -> applied.mayHaveMore(properties.batchSize()) ? poller.applyNext(source, target)
						: Mono.empty())
				.reduce(new Progress(0, 0), (progress, applied) -> new Progress(applied.batch().next(),
						progress.changes() + applied.batch().received()));
	}
}
