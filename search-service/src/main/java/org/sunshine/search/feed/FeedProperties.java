package org.sunshine.search.feed;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the publisher's change feed is consumed.
 *
 * @param baseUrl where disclosure-service is; a service id resolved through the registry when {@code loadBalanced}
 * @param batchSize items asked for per poll; a full batch is followed at once by the next poll
 * @param degradedAfter consecutive failed polls after which health reports DEGRADED
 * @param breakerOpenFor how long the circuit breaker stays open before letting one trial call through
 */
@Validated
@ConfigurationProperties("sunshine.search.feed")
record FeedProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("http://disclosure-service") URI baseUrl,
		@DefaultValue("true") boolean loadBalanced,
		@NotNull @DefaultValue("500ms") Duration pollInterval,
		@Min(1) @Max(500) @DefaultValue("100") int batchSize,
		@NotNull @DefaultValue("3s") Duration timeout,
		@NotNull @DefaultValue("1s") Duration backoffInitial,
		@NotNull @DefaultValue("30s") Duration backoffMax,
		@Min(1) @DefaultValue("3") int degradedAfter,
		@NotNull @DefaultValue("10s") Duration breakerOpenFor) {

	/** Doubling from {@code backoffInitial} per consecutive failure, capped at {@code backoffMax}. */
	Duration backoff(int failures) {
		int doublings = Math.min(Math.max(failures - 1, 0), 20);
		Duration delay = backoffInitial.multipliedBy(1L << doublings);
		return delay.compareTo(backoffMax) > 0 ? backoffMax : delay;
	}
}
