package org.sunshine.gateway.edge;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request limits per client IP at the edge ({@code sunshine.edge}), and the largest request body
 * ({@code max-body-size}). Counters live in this process,
 * or in Redis when {@code redis-url} ({@code REDIS_URL}) is set, so that replicas share them.
 * A rule that {@code fails-closed} answers 503 while its counters cannot be reached; the others let
 * requests through.
 */
@ConfigurationProperties("sunshine.edge")
record EdgeLimitProperties(String redisUrl, @DefaultValue("500ms") Duration timeout, List<Rule> limits,
		@DefaultValue("1MB") DataSize maxBodySize) {

	EdgeLimitProperties {
		limits = (limits != null) ? List.copyOf(limits) : List.of();
		redisUrl = (redisUrl == null || redisUrl.isBlank()) ? null : redisUrl;
	}

	/**
	 * At most {@code max} requests per {@code window} from one client IP to requests matching
	 * {@code method} (any when empty) and {@code path} (a Spring path pattern).
	 */
	record Rule(String name, String method, String path, int max, Duration window, boolean failsClosed) {
	}

}
