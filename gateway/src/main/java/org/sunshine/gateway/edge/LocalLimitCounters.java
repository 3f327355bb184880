package org.sunshine.gateway.edge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

/** Counters in this process: enough for one gateway; replicas need the Redis ones. */
final class LocalLimitCounters implements LimitCounters {

	private record Count(long value, Instant expiresAt) {
	}

	private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();

	private final AtomicInteger calls = new AtomicInteger();

	private final Clock clock;

	LocalLimitCounters(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Mono<Long> increment(String key, Duration window) {
		Instant now = this.clock.instant();
		if (this.calls.incrementAndGet() % 4096 == 0) {
			// Expired windows are dropped now and then, so many distinct clients cannot grow the map forever.
			this.counts.values().removeIf((count) -> !count.expiresAt().isAfter(now));
		}
		Count count = this.counts.compute(key, (k, old) -> (old == null || !old.expiresAt().isAfter(now))
				? new Count(1, now.plus(window)) : new Count(old.value() + 1, old.expiresAt()));
		return Mono.just(count.value());
	}

}
