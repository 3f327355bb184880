package org.sunshine.gateway;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production routes against a backend that fails each path's first request with 503: a read is
 * retried inside the route's breaker and succeeds; a write is passed on once and its failure
 * answered as is, never replayed.
 */
class RoutingIT extends GatewayITSupport {

	@Autowired
	WebTestClient web;

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

}
