package org.sunshine.gateway.edge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.sunshine.gateway.GatewayITSupport;
import org.sunshine.defaults.problem.ProblemWriter;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge limits in the running gateway (same context as the other gateway ITs), and the filter's
 * choice between failing closed and open when its counters cannot be reached.
 */
class EdgeLimitIT extends GatewayITSupport {

	@Autowired
	WebTestClient web;

	@Autowired
	EdgeLimitProperties properties;

	@Autowired
	ProblemWriter problems;

	@Test
	void shouldRefuseTheEleventhComplaintFromOneAddressInTenMinutes() {
		for (int i = 0; i < 10; i++) {
			this.web.post()
				.uri("/api/complaints")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("subject", "x"))
				.exchange()
				.expectStatus()
				.value((status) -> assertThat(status).isNotEqualTo(429));
		}
		this.web.post()
			.uri("/api/complaints")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("subject", "x"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("请求过于频繁")
			.jsonPath("$.limit")
			.isEqualTo("complaint-filing");
	}

	@Test
	void shouldFailClosedForSignInWhenItsCountersAreUnreachable() {
		AtomicBoolean passed = new AtomicBoolean();
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/auth/token").header("Accept-Language", "en"));

		StepVerifier.create(unreachable().filter(exchange, (ex) -> Mono.fromRunnable(() -> passed.set(true))))
			.verifyComplete();

		assertThat(passed).isFalse();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isNotBlank();
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldLetReadsThroughWhenTheirCountersAreUnreachable() {
		AtomicBoolean passed = new AtomicBoolean();
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/powers"));

		StepVerifier.create(unreachable().filter(exchange, (ex) -> Mono.fromRunnable(() -> passed.set(true))))
			.verifyComplete();

		assertThat(passed).isTrue();
	}

	@Test
	void shouldCountARequestAgainstEachRuleItMatchesInOrderUntilOneRefuses() {
		// A tracking read matches complaint-tracking, then reads.
		List<String> counted = new CopyOnWriteArrayList<>();
		StepVerifier.create(refusing("reads", counted).filter(trackingRead(), (ex) -> Mono.error(new AssertionError())))
			.verifyComplete();
		assertThat(counted).containsExactly("complaint-tracking", "reads");

		counted.clear();
		MockServerWebExchange refused = trackingRead();
		StepVerifier
			.create(refusing("complaint-tracking", counted).filter(refused, (ex) -> Mono.error(new AssertionError())))
			.verifyComplete();
		assertThat(counted).containsExactly("complaint-tracking");
		assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void shouldRefuseABodyOverTheLimitBeforeCountingOrRoutingIt() {
		this.web.post()
			.uri("/api/complaints")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"content\":\"" + "举".repeat(400_000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("请求内容过大");
	}

	@Test
	void shouldServeThePortalWithAStrictContentSecurityPolicy() {
		this.web.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy", SecurityHeaders.PORTAL_POLICY)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin");
		assertThat(SecurityHeaders.PORTAL_POLICY).doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
	}

	private static MockServerWebExchange trackingRead() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/complaints/TS20250101000001"));
	}

	/** Counters that record which rules were counted, and put only {@code rule} over its limit. */
	private EdgeRateLimitFilter refusing(String rule, List<String> counted) {
		LimitCounters counters = (key, window) -> {
			String name = key.substring(0, key.indexOf(':'));
			counted.add(name);
			return Mono.just(name.equals(rule) ? Long.MAX_VALUE : 1L);
		};
		return new EdgeRateLimitFilter(this.properties, counters, this.problems, Clock.systemUTC());
	}

	private EdgeRateLimitFilter unreachable() {
		LimitCounters down = (key, window) -> Mono.error(new IllegalStateException("Redis is down"));
		return new EdgeRateLimitFilter(this.properties, down, this.problems, Clock.systemUTC());
	}

}
