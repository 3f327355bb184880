package org.sunshine.search.index;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import reactor.core.publisher.Mono;

/**
 * Readiness of the search engine ({@code searchEngine} in the readiness group): OUT_OF_SERVICE while it starts, DOWN
 * when it failed or does not answer, UP with the cluster colour otherwise.
 */
@Component
class SearchEngineHealthIndicator implements ReactiveHealthIndicator {

	private static final Duration PING_TIMEOUT = Duration.ofSeconds(2);

	private final SearchEngine engine;

	SearchEngineHealthIndicator(SearchEngine engine) {
		this.engine = engine;
	}

	@Override
	public Mono<Health> health() {
		if (!engine.isReady()) {
			String problem = engine.problem();
			Health.Builder builder = problem != null && problem.startsWith("failed") ? Health.down()
					: Health.outOfService();
			return Mono.just(builder.withDetail("mode", engine.mode()).withDetail("state", String.valueOf(problem))
					.build());
		}
		return engine.client()
				.flatMap(client -> Futures.mono(() -> client.cluster().health(h -> h
						.index(IndexDefinitions.CHECKPOINTS, DocumentType.POLICY.alias(), DocumentType.POWER.alias())
						.timeout(t -> t.time("1s")))))
				.timeout(PING_TIMEOUT)
				.map(health -> (health.status() == HealthStatus.Red ? Health.down() : Health.up())
						.withDetail("mode", engine.mode())
						.withDetail("cluster", health.clusterName())
						.withDetail("status", health.status().jsonValue())
						.build())
				.onErrorResume(e -> Mono.just(Health.down().withDetail("mode", engine.mode())
						.withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build()));
	}
}
