package org.sunshine.defaults.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sunshine.defaults.ServiceDefaultsITSupport;
import org.sunshine.defaults.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * The gateway's key rotation as a service sees it, on the real token validation: a token signed
 * with the previous key validates while the JWKS still lists that key (chosen by kid) and is refused
 * once the key is retired; a key the service has not fetched yet (just rotated in) validates at once.
 */
class KeyRotationIT extends ServiceDefaultsITSupport {

	@Autowired
	WebTestClient web;

	@Test
	void shouldAcceptThePreviousKeyUntilItIsRetiredAndThenRefuseIt() {
		String previous = TestTokens.mintWithPreviousKey((claims) -> claims.subject("clerk").claim("roles",
				List.of("CLERK")));
		String current = TestTokens.staff("clerk", "CLERK");
		status(previous).isOk();
		status(current).isOk();

		TestTokens.retirePreviousKey();

		// Within the service's JWKS max age (1 s in this context; 5 min by default).
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> status(previous).isUnauthorized());
		status(current).isOk();
	}

	@Test
	void shouldAcceptAKeyPublishedAfterTheServiceFetchedTheJwks() {
		status(TestTokens.staff("clerk", "CLERK")).isOk();
		String next = TestTokens.mintWithNextKey((claims) -> claims.subject("clerk").claim("roles", List.of("CLERK")));

		TestTokens.publishNextKey();

		// An unknown kid fetches the JWKS again (at most once a cooldown, 1 s here).
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> status(next).isOk());
	}

	private StatusAssertions status(String token) {
		return this.web.get().uri("/api/things").header("Authorization", "Bearer " + token).exchange().expectStatus();
	}

}
