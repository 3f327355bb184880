package org.sunshine.search.feed;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import org.sunshine.search.index.CheckpointStore;
import org.sunshine.search.index.DocumentIndexer;
import org.sunshine.search.index.IndexAdmin;
import org.sunshine.search.index.SearchEngine;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/** Wiring of the change-feed consumer; {@code sunshine.search.feed.enabled=false} leaves it out entirely. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sunshine.search.feed.enabled", havingValue = "true", matchIfMissing = true)
class FeedConfiguration {

	static final String BREAKER = "disclosure-feed";

	/**
	 * A page is read whole. The codecs' default (256 KiB) is less than a page of 100 policies with their full texts,
	 * and a page that never fits would stop the feed for good; 500 (the largest batch) long policies fit in this.
	 */
	static final int MAX_PAGE_BYTES = 64 * 1024 * 1024;

	/**
	 * Resolves {@code http://disclosure-service} through the registry. Not a default candidate, so it does not
	 * replace the application's plain builder.
	 */
	@Bean(defaultCandidate = false)
	@LoadBalanced
	WebClient.Builder loadBalancedWebClientBuilder(ObjectProvider<WebClientCustomizer> customizers) {
		WebClient.Builder builder = WebClient.builder();
		customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
		return builder;
	}

	/**
	 * The breaker opens on a feed that keeps failing even at one poll per backoff step: the library defaults wait
	 * for 100 calls. The time limit is the feed timeout plus a margin, so the client's own timeout fires first.
	 */
	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> disclosureFeedBreaker(FeedProperties properties) {
		return factory -> factory.configure(builder -> builder
				.circuitBreakerConfig(CircuitBreakerConfig.custom()
						.slidingWindowSize(10)
						.minimumNumberOfCalls(5)
						.failureRateThreshold(50)
						.waitDurationInOpenState(properties.breakerOpenFor())
						.permittedNumberOfCallsInHalfOpenState(1)
						.build())
				.timeLimiterConfig(TimeLimiterConfig.custom()
						.timeoutDuration(properties.timeout().plusSeconds(1))
						.build()), BREAKER);
	}

	@Bean
	DisclosureFeedClient disclosureFeedClient(FeedProperties properties,
			@LoadBalanced ObjectProvider<WebClient.Builder> loadBalanced, ObjectProvider<WebClient.Builder> plain,
			ReactiveCircuitBreakerFactory<?, ?> breakers) {
		WebClient.Builder builder = properties.loadBalanced() ? loadBalanced.getObject() : plain.getObject();
		return new DisclosureFeedClient(builder.clone()
				.baseUrl(properties.baseUrl().toString())
				.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_PAGE_BYTES))
				.build(), breakers.create(BREAKER), properties);
	}

	@Bean
	FeedPoller feedPoller(FeedProperties properties, DisclosureFeedClient client, SearchEngine engine,
			DocumentIndexer indexer, CheckpointStore checkpoints, IndexAdmin indices, ObjectProvider<Clock> clock) {
		return new FeedPoller(properties, client, engine, indexer, checkpoints, indices,
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	Reindexer reindexer(FeedPoller poller, IndexAdmin indices, FeedProperties properties, SearchEngine engine,
			ObjectProvider<Clock> clock) {
		return new Reindexer(poller, indices, properties, engine, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	FeedHealthIndicator feedHealthIndicator(FeedPoller poller, FeedProperties properties) {
		return new FeedHealthIndicator(poller, properties);
	}
}
