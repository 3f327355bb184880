package org.sunshine.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production routes against a backend that fails each path's first request with 503: a read is
 * retried inside the route's breaker and succeeds; a write is passed on once and its failure
 * answered as is, never replayed.
 */
class RoutingIT extends GatewayITSupport {

	@Autowired
	WebTestClient web;

	@LocalServerPort
	int port;

	@Autowired
	ObservationRegistry observations;

	@Autowired
	List<HandlerMapping> mappings;

	@Test
	void shouldTimeProxiedCallsNextToTheGatewaysOtherHttpClientCalls() {
		// An observed RestClient call first, as the Eureka client's registry fetches are at start-up, so
		// its http.client.requests meter exists before the first proxied call's.
		RestClient.builder().observationRegistry(this.observations).build().get()
			.uri("http://127.0.0.1:" + this.port + "/actuator/health").retrieve().toBodilessEntity();
		this.web.get().uri("/api/search/timed-" + UUID.randomUUID()).exchange();

		String metrics = this.web.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(metrics).contains("http_client_requests_seconds_count{")
			.containsPattern("gateway_proxied_requests_seconds_count\\{[^}]*spring_cloud_gateway_route_id=\"search-service\"");
	}

	@Test
	void shouldMatchRoutesBeforeEveryOtherHandlerMapping() {
		// The gateway's own paths still answer: a routed path is tried first and matches no route there.
		this.web.get().uri("/api/auth/sign-in-options").exchange().expectStatus().isOk();
		assertThat(this.mappings).first().isInstanceOf(RoutePredicateHandlerMapping.class);
		assertThat(this.mappings).filteredOn(RequestMappingHandlerMapping.class::isInstance).isNotEmpty();
	}

	@Test
	void shouldRetryAReadThatFailedWithA503() {
		String path = "/api/search/flaky-" + UUID.randomUUID();

		this.web.get().uri(path).exchange().expectStatus().isOk();

		assertThat(FlakyBackend.received(path)).containsExactly("GET", "GET");
	}

	@Test
	void shouldNotRetryAWrite() {
		String path = "/api/search/flaky-" + UUID.randomUUID();

		this.web.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"q\":\"x\"}")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.exchange()
			.expectStatus()
			.isEqualTo(503);

		assertThat(FlakyBackend.received(path)).containsExactly("POST");
	}

	@Test
	void shouldRetryAHeadToo() {
		String path = "/api/search/flaky-" + UUID.randomUUID();

		this.web.head().uri(path).exchange().expectStatus().isOk();

		assertThat(FlakyBackend.received(path)).isEqualTo(List.of("HEAD", "HEAD"));
	}

	@Test
	void shouldLetManyConcurrentRequestsThroughOneRoute() {
		// A route's bulkhead must not turn the 26th concurrent request into a 503 (the library default):
		// the backend answers only once all of them are in it at the same time.
		WebClient client = WebClient.create("http://127.0.0.1:" + this.port);
		List<HttpStatusCode> statuses = Flux.range(0, FlakyBackend.HELD)
			.flatMap((i) -> client.get()
				.uri("/api/search/held/{i}", i)
				.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode())),
					FlakyBackend.HELD)
			.collectList()
			.block(Duration.ofSeconds(60));

		assertThat(statuses).hasSize(FlakyBackend.HELD).allMatch(HttpStatusCode::is2xxSuccessful);
	}

}
