package org.sunshine.gateway.edge;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sunshine.gateway.GatewayITSupport;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.cors.reactive.CorsWebFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * CORS at the edge: the configured origin (this context allows one) gets its preflight answered;
 * any other origin's preflight and cross-origin request are refused before routing; the portal's
 * own same-origin calls are untouched; with nothing configured, every origin is refused.
 */
class CorsIT extends GatewayITSupport {

	@Autowired
	WebTestClient web;

	@LocalServerPort
	int port;

	@Test
	void shouldAnswerThePreflightOfAConfiguredOrigin() {
		this.web.options()
			.uri("/api/complaints")
			.header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("POST"))
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void shouldRefuseThePreflightAndTheRequestsOfAnOriginNotConfigured() {
		this.web.options()
			.uri("/api/complaints")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		this.web.get()
			.uri("/api/search/cors-probe")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(org.sunshine.gateway.FlakyBackend.received("/api/search/cors-probe")).isEmpty();
	}

	@Test
	void shouldRefuseAPreflightForAMethodNotAllowed() {
		this.web.options()
			.uri("/api/complaints")
			.header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "TRACE")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void shouldLeaveSameOriginRequestsAlone() {
		this.web.get()
			.uri("/")
			.header(HttpHeaders.ORIGIN, "http://localhost:" + this.port)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void shouldRefuseEveryOriginWhenNoneIsConfigured() {
		CorsWebFilter filter = new CorsWebFilter(CorsPolicy.of(new CorsProperties(List.of())));
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
			.method(HttpMethod.OPTIONS, "https://gateway.example/api/complaints")
			.header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"));

		StepVerifier.create(filter.filter(exchange, (ex) -> Mono.error(new AssertionError("passed through"))))
			.verifyComplete();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exchange.getResponse().getHeaders().getAccessControlAllowOrigin()).isNull();
	}

	@Test
	void shouldRefuseAWildcardOrigin() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsProperties(List.of("*")));
	}

}
