package org.sunshine.gateway.fallback;

import java.time.Duration;

import io.github.resilience4j.bulkhead.BulkheadConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How many requests one route may have in flight at once. Spring Cloud wraps every route's breaker
 * in a semaphore bulkhead whose library default is 25: the 26th concurrent request — 26 citizens
 * searching at once — got the 503 fallback on an idle backend. The bound stays (a stuck service
 * cannot take all of the gateway's connections) but sized for an edge.
 */
@Configuration(proxyBeanMethods = false)
class BulkheadConfiguration {

	@Bean
	Customizer<ReactiveResilience4jBulkheadProvider> routeBulkheads(
			@Value("${sunshine.gateway.max-concurrent-requests-per-route:1024}") int maxConcurrent) {
		BulkheadConfig bulkhead = BulkheadConfig.custom()
			.maxConcurrentCalls(maxConcurrent)
			.maxWaitDuration(Duration.ZERO)
			.build();
		return (provider) -> provider.configureDefault(
				(id) -> new Resilience4jBulkheadConfigurationBuilder().bulkheadConfig(bulkhead).build());
	}

}
