package org.sunshine.disclosure.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.disclosure.feed.FeedSequence;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every replica's {@link RecentReads} true to the store: once a second it asks each kind which public
 * documents were written since it last looked and forgets them, so a publication on another replica shows
 * here within about a second. A sequence is taken before its write lands, so a write may appear below one
 * already seen; each look therefore starts from the highest sequence seen {@link #OVERLAP_NANOS} ago and
 * forgets a few documents twice rather than miss one. Writes before this replica started need no
 * forgetting: it starts from the feed's current sequence.
 */
@Component
class RecentReadsFollower {

	private static final Logger log = LoggerFactory.getLogger(RecentReadsFollower.class);

	private static final long OVERLAP_NANOS = TimeUnit.SECONDS.toNanos(10);

	private static final int PAGE = 1000;

	private final List<PublicState> states;

	private final FeedSequence sequence;

	/** Per kind, the highest sequence seen at each look of the last {@link #OVERLAP_NANOS}, oldest first. */
	private final Map<ItemKind, List<Seen>> seen = new EnumMap<>(ItemKind.class);

	private final AtomicBoolean running = new AtomicBoolean();

	RecentReadsFollower(List<PublicState> states, FeedSequence sequence) {
		this.states = states;
		this.sequence = sequence;
	}

	@Scheduled(fixedDelayString = "${sunshine.disclosure.public-reads-follow:1s}")
	void follow() {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		Mono<Void> start = this.seen.isEmpty() ? this.sequence.current().doOnNext((current) -> {
			long now = System.nanoTime();
			this.states.forEach((state) -> this.seen.put(state.kind(), new ArrayList<>(List.of(new Seen(now, current)))));
		}).then() : Mono.empty();
		start.thenMany(Flux.fromIterable(this.states).concatMap(this::followOne))
			.doFinally((signal) -> this.running.set(false))
			.subscribe(null, (error) -> log.warn("Could not follow public writes for the read cache: {}", error.toString()));
	}

	private Mono<Void> followOne(PublicState state) {
		List<Seen> history = this.seen.get(state.kind());
		long now = System.nanoTime();
		int oldestKept = 0;
		for (int i = 1; i < history.size(); i++) {
			if (now - history.get(i).at() >= OVERLAP_NANOS) {
				oldestKept = i;
			}
		}
		history.subList(0, oldestKept).clear();
		long from = history.get(0).sequence();
		return state.writtenAfter(from, PAGE)
			.doOnNext((written) -> state.forgetRecentReads(written.itemId()))
			.reduce(from, (highest, written) -> Math.max(highest, written.sequence()))
			.doOnNext((highest) -> history.add(new Seen(now, highest)))
			.then();
	}

	private record Seen(long at, long sequence) {
	}

}
