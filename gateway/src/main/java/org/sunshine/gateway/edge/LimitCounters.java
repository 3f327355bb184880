package org.sunshine.gateway.edge;

import java.time.Duration;

import reactor.core.publisher.Mono;

/** Fixed-window counters: adds one to {@code key} and answers the count within its window. */
interface LimitCounters {

	Mono<Long> increment(String key, Duration window);

}
