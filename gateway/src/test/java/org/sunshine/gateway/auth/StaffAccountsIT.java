package org.sunshine.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.gateway.GatewayITSupport;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Lockout, password change and account administration over real HTTP, in the same cached context
 * as the other gateway ITs. Each test makes its own accounts; tokens are minted by the gateway's
 * own TokenService so the sign-in rate limit is spent only where sign-in itself is under test.
 */
class StaffAccountsIT extends GatewayITSupport {

	private static final String PASSWORD = "correct-horse-battery";

	@Autowired
	WebTestClient web;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TokenService tokens;

	@Autowired
	SignInAttempts attempts;

	@Autowired
	Clock clock;

	@BeforeEach
	void waitForTheDemoSeed() {
		// Accounts made here must not make the first-start seed see a non-empty store.
		await().atMost(Duration.ofSeconds(30)).until(() -> this.accounts.existsById("admin").block());
	}

	@Test
	void shouldLockAfterFiveFailuresAnsweringLikeAWrongPasswordUntilAnAdminUnlocks() {
		StaffAccount clerk = account(Role.CLERK);
		Map<String, Object> wrong = null;
		for (int i = 0; i < 5; i++) {
			wrong = refusedSignIn(clerk.username(), "wrong-password-" + i);
		}
		StaffAccount stored = stored(clerk.username());
		assertThat(stored.failedSignIns()).isZero();
		assertThat(stored.lockouts()).isEqualTo(1);
		assertThat(stored.lockedUntil()).isAfter(this.clock.instant().plusSeconds(50))
			.isBefore(this.clock.instant().plusSeconds(61));

		Map<String, Object> locked = refusedSignIn(clerk.username(), PASSWORD);
		Map<String, Object> unknown = refusedSignIn("nobody-" + UUID.randomUUID(), PASSWORD);
		assertThat(withoutRequestDetails(locked)).isEqualTo(withoutRequestDetails(wrong))
			.isEqualTo(withoutRequestDetails(unknown));

		this.web.post()
			.uri("/api/auth/accounts/{username}/unlock", clerk.username())
			.header(HttpHeaders.AUTHORIZATION, bearer(account(Role.ADMIN)))
			.exchange()
			.expectStatus()
			.isNoContent();
		signIn(clerk.username(), PASSWORD).expectStatus().isOk();
	}

	@Test
	void shouldLetAnExpiredLockPassAndClearTheCountersOnSuccess() {
		StaffAccount clerk = account(Role.CLERK);
		this.mongo.updateFirst(Query.query(where("_id").is(clerk.username())),
				new Update().set("failedSignIns", 3).set("lockouts", 2).set("lockedUntil",
						this.clock.instant().minusSeconds(1)),
				StaffAccount.class).block();

		signIn(clerk.username(), PASSWORD).expectStatus().isOk();

		assertThat(stored(clerk.username()).signInState()).isEqualTo(SignInBackoff.State.CLEAR);
	}

	@Test
	void shouldLoseNoFailureWhenReplicasRecordThemConcurrently() {
		StaffAccount clerk = account(Role.CLERK);

		Flux.range(0, 7).flatMap((i) -> this.attempts.recordFailure(clerk.username()), 7).blockLast();

		// Seven failures: one lock at the fifth, two counted after it.
		assertThat(stored(clerk.username()).signInState().failures()).isEqualTo(2);
		assertThat(stored(clerk.username()).lockouts()).isEqualTo(1);
	}

	@Test
	void shouldChangeThePasswordOfTheSignedInStaffMember() {
		StaffAccount editor = account(Role.EDITOR);
		this.web.post()
			.uri("/api/auth/password")
			.header(HttpHeaders.AUTHORIZATION, bearer(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("currentPassword", PASSWORD, "newPassword", "a-much-better-passphrase"))
			.exchange()
			.expectStatus()
			.isNoContent();

		assertThat(this.passwords.matches("a-much-better-passphrase", stored(editor.username()).passwordHash()))
			.isTrue();
		signIn(editor.username(), "a-much-better-passphrase").expectStatus().isOk();
	}

	@Test
	void shouldRefuseAWeakNewPasswordFieldByFieldInEnglishAndChinese() {
		StaffAccount editor = account(Role.EDITOR);
		this.web.post()
			.uri("/api/auth/password")
			.header(HttpHeaders.AUTHORIZATION, bearer(editor))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("currentPassword", PASSWORD, "newPassword", "short"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("newPassword");

		for (var newPassword : List.of(editor.username().toUpperCase(Locale.ROOT), PASSWORD)) {
			this.web.post()
				.uri("/api/auth/password")
				.header(HttpHeaders.AUTHORIZATION, bearer(editor))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("currentPassword", PASSWORD, "newPassword", newPassword))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors.length()")
				.isEqualTo(1)
				.jsonPath("$.errors[0].field")
				.isEqualTo("newPassword")
				.jsonPath("$.errors[0].message")
				.value((message) -> assertThat((String) message).startsWith("新密码不能与"));
		}
		this.web.post()
			.uri("/api/auth/password")
			.header(HttpHeaders.AUTHORIZATION, bearer(editor))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("currentPassword", PASSWORD, "newPassword", editor.username()))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("The new password must not be the user name.");
		assertThat(stored(editor.username()).passwordHash()).isEqualTo(editor.passwordHash());
	}

	@Test
	void shouldCountAWrongCurrentPasswordAsAFailedSignIn() {
		StaffAccount editor = account(Role.EDITOR);
		this.web.post()
			.uri("/api/auth/password")
			.header(HttpHeaders.AUTHORIZATION, bearer(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("currentPassword", "not-my-password", "newPassword", "a-much-better-passphrase"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("currentPassword")
			.jsonPath("$.errors[0].message")
			.isEqualTo("当前密码不正确。");

		assertThat(stored(editor.username()).failedSignIns()).isEqualTo(1);
		assertThat(stored(editor.username()).passwordHash()).isEqualTo(editor.passwordHash());
	}

	@Test
	void shouldRequireAValidTokenToChangeAPassword() {
		this.web.post()
			.uri("/api/auth/password")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("currentPassword", "x", "newPassword", "y"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldRefuseAccountAdministrationWithoutAValidAdminToken() throws Exception {
		StaffAccount admin = account(Role.ADMIN);
		String foreign = foreignToken(admin.username());
		String tampered = "Bearer " + this.tokens.issue(admin).value().replaceFirst("\\.[^.]*$", ".AAAA");
		for (String authorization : new String[] { null, "Basic YWRtaW46YWRtaW4=", foreign, tampered }) {
			var request = this.web.get().uri("/api/auth/accounts");
			if (authorization != null) {
				request = request.header(HttpHeaders.AUTHORIZATION, authorization);
			}
			request.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		this.web.post()
			.uri("/api/auth/accounts")
			.header(HttpHeaders.AUTHORIZATION, bearer(account(Role.SUPERVISOR)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "mallory", "roles", List.of("ADMIN"), "department", "BGS"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("无权操作");
		assertThat(this.accounts.existsById("mallory").block()).isFalse();
	}

	@Test
	void shouldLetAnAdminCreateListUpdateAndDisableAccounts() {
		String admin = bearer(account(Role.ADMIN));
		String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> created = this.web.post()
			.uri("/api/auth/accounts")
			.header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "roles", List.of("HANDLER"), "department", "ZSK"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		String initialPassword = (String) created.get("initialPassword");
		assertThat(initialPassword).hasSize(20);
		assertThat(stored(username).passwordHash()).doesNotContain(initialPassword);

		this.web.get()
			.uri("/api/auth/accounts")
			.header(HttpHeaders.AUTHORIZATION, admin)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.username == '" + username + "')].roles[0]")
			.isEqualTo("HANDLER")
			.jsonPath("$[*].initialPassword")
			.doesNotExist()
			.jsonPath("$[*].passwordHash")
			.doesNotExist();

		this.web.post()
			.uri("/api/auth/accounts")
			.header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "roles", List.of("CLERK"), "department", "ZSK"))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		this.web.post()
			.uri("/api/auth/accounts")
			.header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "robot", "roles", List.of("SERVICE"), "department", "ZSK"))
			.exchange()
			.expectStatus()
			.isBadRequest();

		signIn(username, initialPassword).expectStatus().isOk();

		this.web.put()
			.uri("/api/auth/accounts/{username}", username)
			.header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("roles", List.of("UNIT_HEAD"), "department", "NSFWK", "enabled", false))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.roles[0]")
			.isEqualTo("UNIT_HEAD")
			.jsonPath("$.department")
			.isEqualTo("NSFWK")
			.jsonPath("$.enabled")
			.isEqualTo(false);
		refusedSignIn(username, initialPassword);

		this.web.put()
			.uri("/api/auth/accounts/{username}", "nobody-" + UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("enabled", true))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.web.post()
			.uri("/api/auth/accounts/{username}/unlock", "nobody-" + UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, admin)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void shouldRefuseTheStillValidTokenOfADisabledAdmin() {
		StaffAccount admin = account(Role.ADMIN);
		String token = bearer(admin);
		this.mongo.updateFirst(Query.query(where("_id").is(admin.username())), new Update().set("enabled", false),
				StaffAccount.class).block();

		this.web.get()
			.uri("/api/auth/accounts")
			.header(HttpHeaders.AUTHORIZATION, token)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void shouldNotLetAnAdminDisableThemselvesOrDropTheirOwnAdminRole() {
		StaffAccount admin = account(Role.ADMIN);
		for (var change : List.of(Map.of("enabled", false), Map.of("roles", List.of("CLERK")))) {
			this.web.put()
				.uri("/api/auth/accounts/{username}", admin.username())
				.header(HttpHeaders.AUTHORIZATION, bearer(admin))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(change)
				.exchange()
				.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.title")
				.isEqualTo("Cannot change your own access");
		}
		StaffAccount unchanged = stored(admin.username());
		assertThat(unchanged.enabled()).isTrue();
		assertThat(unchanged.roles()).containsExactly(Role.ADMIN);
	}

	private StaffAccount account(Role role) {
		String username = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.accounts.insert(StaffAccount.create(username, this.passwords.encode(PASSWORD), List.of(role),
				"BGS", username, this.clock.instant())).block();
	}

	private StaffAccount stored(String username) {
		return this.accounts.findById(username).block();
	}

	private String bearer(StaffAccount account) {
		return "Bearer " + this.tokens.issue(account).value();
	}

	/** A well-formed token with the right claims, signed by a key the gateway does not have. */
	private String foreignToken(String subject) throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("other").generate();
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("urn:sunshine-affairs")
			.audience(List.of("sunshine-affairs-api"))
			.subject(subject)
			.issuedAt(now)
			.expiresAt(now.plusSeconds(600))
			.claim("roles", List.of("ADMIN"))
			.build();
		return "Bearer " + new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("other").build(), claims))
			.getTokenValue();
	}

	private WebTestClient.ResponseSpec signIn(String username, String password) {
		return this.web.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange();
	}

	private Map<String, Object> refusedSignIn(String username, String password) {
		var result = signIn(username, password).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist(HttpHeaders.RETRY_AFTER)
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult();
		return result.getResponseBody();
	}

	private static Map<String, Object> withoutRequestDetails(Map<String, Object> problem) {
		var copy = new HashMap<>(problem);
		copy.remove("requestId");
		return copy;
	}

}
