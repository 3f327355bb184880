package org.sunshine.search.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.search.index.CheckpointStore;
import org.sunshine.search.index.DocumentIndexer;
import org.sunshine.search.index.IndexAdmin;
import org.sunshine.search.index.IndexTarget;
import org.sunshine.search.index.SearchEngine;

import org.sunshine.defaults.lifecycle.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

/**
 * Keeps the indices in step with the publisher: per feed, read the checkpoint, fetch the changes after it, write them
 * (idempotent by version), then move the checkpoint. A full page that moved the feed on is followed at once by the
 * next poll (one that did not is not, or the same page would be fetched in a busy loop); a failure
 * (publisher or engine down) backs off exponentially and retries from the same checkpoint, so nothing is lost.
 */
class FeedPoller extends BackgroundSubscription {

	private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

	private final FeedProperties properties;

	private final DisclosureFeedClient client;

	private final SearchEngine engine;

	private final DocumentIndexer indexer;

	private final CheckpointStore checkpoints;

	private final IndexAdmin indices;

	private final Clock clock;

	private final Map<FeedSource, FeedState> states = new EnumMap<>(FeedSource.class);

	FeedPoller(FeedProperties properties, DisclosureFeedClient client, SearchEngine engine, DocumentIndexer indexer,
			CheckpointStore checkpoints, IndexAdmin indices, Clock clock) {
		this.properties = properties;
		this.indices = indices;
		this.clock = clock;
		this.client = client;
		this.engine = engine;
		this.indexer = indexer;
		this.checkpoints = checkpoints;
		for (FeedSource source : FeedSource.values()) {
			states.put(source, new FeedState());
		}
	}

	/** Progress of one feed, read by the health indicator. */
	static final class FeedState {

		private volatile long checkpoint = -1;

		private volatile int consecutiveFailures;

		private volatile String lastError;

		private volatile Instant lastSuccess;

		long checkpoint() {
			return checkpoint;
		}

		int consecutiveFailures() {
			return consecutiveFailures;
		}

		String lastError() {
			return lastError;
		}

		Instant lastSuccess() {
			return lastSuccess;
		}
	}

	Map<FeedSource, FeedState> states() {
		return states;
	}

	/** One poll into the index behind the alias: the page applied and the checkpoint it started from. */
	Mono<Applied> pollOnce(FeedSource source) {
		FeedState state = states.get(source);
		return indices.current(source.type())
				.flatMap(target -> applyNext(source, target))
				.map(applied -> {
					state.checkpoint = applied.batch().next();
					return applied;
				});
	}

	/**
	 * Applies the page of changes after the index's own checkpoint to that index, then moves its checkpoint. Used for
	 * the live index and for one being rebuilt beside it.
	 */
	Mono<Applied> applyNext(FeedSource source, IndexTarget target) {
		return checkpoints.load(target)
				.flatMap(after -> client.changes(source, after)
						.flatMap(batch -> indexer.index(target, batch.documents())
								.then(Mono.defer(() -> batch.next() != after ? checkpoints.save(target, batch.next())
										: Mono.<Void>empty()))
								.thenReturn(new Applied(after, batch))))
				.doOnNext(applied -> {
					DisclosureFeedClient.Batch batch = applied.batch();
					if (batch.received() > 0) {
						log.debug("{}: applied {} changes to [{}] up to sequence {}", source, batch.received(),
								target.name(), batch.next());
					}
					if (batch.received() > 0 && !applied.advanced()) {
						log.warn("{}: a page of {} changes after sequence {} did not move the feed on", source,
								batch.received(), applied.after());
					}
				});
	}

	/**
	 * A page applied to an index.
	 *
	 * @param after the checkpoint the page was asked for
	 * @param batch what came back
	 */
	record Applied(long after, DisclosureFeedClient.Batch batch) {

		/** The feed moved past {@code after}. */
		boolean advanced() {
			return batch.next() > after;
		}

		/**
		 * Worth asking again at once: the page was full and moved the feed on. A full page that stays at the same
		 * sequence would return the same page forever, so it waits like an empty one.
		 */
		boolean mayHaveMore(int batchSize) {
			return advanced() && batch.received() >= batchSize;
		}
	}

	/** After a successful poll: at once when more may be waiting, else the poll interval. */
	Duration delayAfter(Applied applied) {
		return applied.mayHaveMore(properties.batchSize()) ? Duration.ZERO : properties.pollInterval();
	}

	private Mono<Long> loop(FeedSource source) {
		FeedState state = states.get(source);
		return Mono.defer(() -> pollOnce(source))
				.map(applied -> {
					state.consecutiveFailures = 0;
					state.lastError = null;
					state.lastSuccess = clock.instant();
					return delayAfter(applied);
				})
				.onErrorResume(error -> {
					int failures = ++state.consecutiveFailures;
					state.lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
					Duration delay = properties.backoff(failures);
					log.warn("{} feed poll failed ({} in a row), next try in {}: {}", source, failures, delay,
							state.lastError);
					return Mono.just(delay);
				})
				.flatMap(Mono::delay);
	}

	@Override
	protected Disposable subscribe() {
		Disposable.Composite composite = Disposables.composite();
		for (FeedSource source : FeedSource.values()) {
			composite.add(engine.whenReady().thenMany(loop(source).repeat()).subscribe());
		}
		log.info("Consuming the change feeds of {} every {}", properties.baseUrl(), properties.pollInterval());
		return composite;
	}

	/** Starts after and stops before the web server; the engine closes after every lifecycle phase. */
	static final int PHASE = 0;

	@Override
	public int getPhase() {
		return PHASE;
	}
}
