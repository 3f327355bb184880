package org.sunshine.defaults.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sunshine.defaults.ServiceDefaultsITSupport;
import org.sunshine.defaults.TestTokens;

import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service does with hostile input, on the real token validation (RS256 keys from a JWKS,
 * issuer and audience pinned): forged, expired or confused tokens get a 401 problem; deep JSON,
 * oversized headers and traversal attempts get a clear 4xx, never a 500.
 */
class TokenAndInputAttacksIT extends ServiceDefaultsITSupport {

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	@Test
	void shouldAcceptAValidToken() {
		this.web.get()
			.uri("/api/things")
			.header("Authorization", "Bearer " + TestTokens.staff("clerk", "CLERK"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	static Stream<Arguments> badTokens() {
		Instant past = Instant.now().minusSeconds(3600);
		String valid = TestTokens.staff("clerk", "CLERK");
		String[] parts = valid.split("\\.");
		String noneHeader = base64("{\"alg\":\"none\",\"kid\":\"test-key\"}");
		return Stream.of(
				Arguments.of("expired", TestTokens.mint((claims) -> claims.issueTime(Date.from(past.minusSeconds(600)))
					.expirationTime(Date.from(past)))),
				Arguments.of("wrong audience", TestTokens.mint((claims) -> claims.audience("another-api"))),
				Arguments.of("wrong issuer", TestTokens.mint((claims) -> claims.issuer("https://evil.example"))),
				Arguments.of("signed by an unknown key", TestTokens.mintWithForeignKey((claims) -> claims)),
				Arguments.of("alg none, no signature", noneHeader + "." + parts[1] + "."),
				Arguments.of("payload changed after signing",
						parts[0] + "." + base64("{\"sub\":\"admin\",\"roles\":[\"ADMIN\"],\"iss\":\""
								+ TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE + "\",\"exp\":"
								+ (Instant.now().getEpochSecond() + 300) + "}") + "." + parts[2]),
				Arguments.of("not a JWT", "abc.def"), Arguments.of("garbage", "%%%"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void shouldRefuseABadTokenWithA401Problem(String what, String token) {
		this.web.get()
			.uri("/api/things")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldRefuseDeeplyNestedJsonAsUnreadable() {
		String bomb = "{\"name\":\"x\",\"note\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
		this.web.post()
			.uri("/api/public/things")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(bomb)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldRefuseOversizedHeadersWithAClientError() {
		this.web.get()
			.uri("/api/public/things")
			.header("X-Padding", "a".repeat(20 * 1024))
			.exchange()
			.expectStatus()
			.value((status) -> org.assertj.core.api.Assertions.assertThat(status).isBetween(400, 499));
	}

	@Test
	void shouldNotResolveATraversalOutOfThePublicPaths() {
		// "/api/public/../things" must not reach the protected /api/things without a token.
		this.web.get()
			.uri("/api/public/%2e%2e/things")
			.exchange()
			.expectStatus()
			.value((status) -> org.assertj.core.api.Assertions.assertThat(status).isIn(400, 401, 404));
		this.web.post()
			.uri("/api/public/things")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "x"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void shouldAnswerARequestTheFirewallRefusesWithAProblem() {
		// A URI as given: a string template would encode the % itself and send %2500.
		this.web.get()
			.uri(URI.create("http://localhost:" + this.port + "/api/public/things%00"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("请求被拒绝");
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
