package org.sunshine.search.feed;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The change feed ({@code feed} in /actuator/health, not in readiness: searches still work on the data already
 * indexed). DEGRADED after several failed polls in a row, while the consumer backs off and waits.
 */
class FeedHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "Changes are not being applied; the consumer is backing off");

	private final FeedPoller poller;

	private final FeedProperties properties;

	FeedHealthIndicator(FeedPoller poller, FeedProperties properties) {
		this.poller = poller;
		this.properties = properties;
	}

	@Override
	public Health health() {
		boolean degraded = false;
		Health.Builder builder = Health.up();
		for (Map.Entry<FeedSource, FeedPoller.FeedState> entry : poller.states().entrySet()) {
			FeedPoller.FeedState state = entry.getValue();
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("checkpoint", state.checkpoint());
			details.put("consecutiveFailures", state.consecutiveFailures());
			if (state.lastSuccess() != null) {
				details.put("lastSuccess", state.lastSuccess().toString());
			}
			if (state.lastError() != null) {
				details.put("lastError", state.lastError());
			}
			builder.withDetail(entry.getKey().name().toLowerCase(java.util.Locale.ROOT), details);
			degraded |= state.consecutiveFailures() >= properties.degradedAfter();
		}
		return degraded ? builder.status(DEGRADED).build() : builder.build();
	}
}
