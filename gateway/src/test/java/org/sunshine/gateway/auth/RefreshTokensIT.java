package org.sunshine.gateway.auth;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.gateway.GatewayITSupport;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Refresh tokens over real HTTP: rotation, theft detection by reuse, sign-out, and the sessions that
 * end with a password change or a disabled account. The calls come from their own loopback address,
 * so the token endpoint's per-address limit they spend is not the other ITs'.
 */
class RefreshTokensIT extends GatewayITSupport {

	private static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TokenService tokens;

	@Autowired
	Clock clock;

	WebTestClient web;

	@BeforeEach
	void clientFromItsOwnAddress() {
		// Accounts made here must not make the first-start seed see a non-empty store.
		await().atMost(Duration.ofSeconds(30)).until(() -> this.accounts.existsById("admin").block());
		HttpClient client = HttpClient.create().bindAddress(() -> new InetSocketAddress("127.0.0.7", 0));
		this.web = WebTestClient.bindToServer(new ReactorClientHttpConnector(client))
			.baseUrl("http://127.0.0.1:" + this.port)
			.build();
	}

	@Test
	void shouldRotateTheRefreshTokenAndRevokeTheWholeSessionWhenAUsedOneComesBack() throws Exception {
		StaffAccount clerk = account(Role.CLERK);
		Map<String, Object> first = signIn(clerk.username());
		String firstRefresh = (String) first.get("refresh_token");

		Map<String, Object> second = refresh(firstRefresh).expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		String secondRefresh = (String) second.get("refresh_token");
		assertThat(second).containsEntry("token_type", "Bearer").containsEntry("expires_in", 900);
		assertThat(secondRefresh).isNotEqualTo(firstRefresh).hasSizeGreaterThanOrEqualTo(43);
		assertThat(SignedJWT.parse((String) second.get("access_token")).getJWTClaimsSet().getSubject())
			.isEqualTo(clerk.username());
		// Only hashes are stored.
		assertThat(this.mongo.findById(RefreshTokens.hash(secondRefresh), RefreshToken.class).block()).isNotNull();
		assertThat(this.mongo.findById(secondRefresh, RefreshToken.class).block()).isNull();

		// The first token again: someone else holds a copy. Refused, and the session ends for both holders.
		refusedRefresh(firstRefresh);
		refusedRefresh(secondRefresh);
		RefreshToken stored = this.mongo.findById(RefreshTokens.hash(secondRefresh), RefreshToken.class).block();
		assertThat(this.mongo.findById(stored.family(), RefreshFamily.class).block().revokedBecause())
			.isEqualTo("reuse of a used refresh token");
	}

	@Test
	void shouldEndTheSessionOnSignOutAndAnswerAnUnknownTokenAlike() {
		String refresh = (String) signIn(account(Role.EDITOR).username()).get("refresh_token");

		signOut(refresh).expectStatus().isNoContent();
		signOut("not-a-token-" + UUID.randomUUID()).expectStatus().isNoContent();

		refusedRefresh(refresh);
	}

	@Test
	void shouldEndEverySessionOfAnAccountWhenItsPasswordChanges() {
		StaffAccount handler = account(Role.HANDLER);
		String onePhone = this.refreshTokensStart(handler.username());
		String otherDesk = (String) signIn(handler.username()).get("refresh_token");

		this.web.post()
			.uri("/api/auth/password")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.tokens.issue(handler).value())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("currentPassword", PASSWORD, "newPassword", "a-much-better-passphrase"))
			.exchange()
			.expectStatus()
			.isNoContent();

		refusedRefresh(onePhone);
		refusedRefresh(otherDesk);
	}

	@Test
	void shouldEndTheSessionsOfADisabledAccountAndCarryChangedRolesIntoTheNextToken() throws Exception {
		StaffAccount clerk = account(Role.CLERK);
		String admin = "Bearer " + this.tokens.issue(account(Role.ADMIN)).value();
		String refresh = (String) signIn(clerk.username()).get("refresh_token");

		updateAccount(admin, clerk.username(), Map.of("roles", List.of("HANDLER")));
		Map<String, Object> next = refresh(refresh).expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(SignedJWT.parse((String) next.get("access_token")).getJWTClaimsSet().getStringListClaim("roles"))
			.containsExactly("HANDLER");

		updateAccount(admin, clerk.username(), Map.of("enabled", false));
		refusedRefresh((String) next.get("refresh_token"));
	}

	@Test
	void shouldEndASessionAtItsLifetimeHoweverOftenItWasRefreshed() {
		Instant start = Instant.parse("2026-11-23T01:00:00Z");
		RefreshTokens atStart = new RefreshTokens(this.mongo, Duration.ofHours(8), Clock.fixed(start, ZoneOffset.UTC));
		RefreshTokens nearEnd = new RefreshTokens(this.mongo, Duration.ofHours(8),
				Clock.fixed(start.plus(Duration.ofHours(8)).minusSeconds(1), ZoneOffset.UTC));
		RefreshTokens afterEnd = new RefreshTokens(this.mongo, Duration.ofHours(8),
				Clock.fixed(start.plus(Duration.ofHours(8)), ZoneOffset.UTC));
		String username = "lifetime-" + UUID.randomUUID();

		String first = atStart.start(username).block();
		String second = nearEnd.rotate(first).map(RefreshTokens.Rotation::refreshToken).block();
		assertThat(second).isNotNull();

		StepVerifier.create(afterEnd.rotate(second)).verifyComplete();
		assertThat(this.mongo.count(Query.query(where("username").is(username).and("revokedAt").ne(null)),
				RefreshFamily.class).block()).as("expired, not revoked").isZero();
	}

	private String refreshTokensStart(String username) {
		return new RefreshTokens(this.mongo, Duration.ofHours(8), this.clock).start(username).block();
	}

	private void updateAccount(String admin, String username, Map<String, Object> change) {
		this.web.put()
			.uri("/api/auth/accounts/{username}", username)
			.header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(change)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private Map<String, Object> signIn(String username) {
		return this.web.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec refresh(String refreshToken) {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("grant_type", "refresh_token");
		form.add("refresh_token", refreshToken);
		return this.web.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	private void refusedRefresh(String refreshToken) {
		refresh(refreshToken).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_grant")
			.jsonPath("$.title")
			.isEqualTo("会话已结束");
	}

	private WebTestClient.ResponseSpec signOut(String refreshToken) {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("refresh_token", refreshToken);
		return this.web.post()
			.uri("/api/auth/logout")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	private StaffAccount account(Role role) {
		String username = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.accounts.insert(StaffAccount.create(username, this.passwords.encode(PASSWORD), List.of(role),
				"BGS", username, this.clock.instant())).block();
	}

}
