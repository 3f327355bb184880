package org.sunshine.gateway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway's own endpoints over real HTTP with its embedded account store: demo accounts seeded
 * once with generated passwords, sign-in issuing tokens that verify against the published keys, and
 * the fallback every route uses when its service is down.
 */
class GatewayIT extends GatewayITSupport {

	private static final Path CREDENTIALS = Path.of("target/it-data/demo-credentials.txt");

	private static final Path SERVICE_SECRET = Path.of("target/it-data/gateway/service-client-secret");

	@Autowired
	WebTestClient web;

	@Test
	void shouldSeedOneAccountPerRoleWithPrivateGeneratedPasswords() throws Exception {
		List<String> accounts = credentials();
		assertThat(accounts).extracting((line) -> line.split("\t")[2])
			.containsExactlyInAnyOrder("ADMIN", "EDITOR", "REVIEWER", "SECRECY_REVIEWER", "CLERK", "HANDLER",
					"UNIT_HEAD", "SUPERVISOR");
		assertThat(accounts).extracting((line) -> line.split("\t")[1]).doesNotHaveDuplicates()
			.allSatisfy((password) -> assertThat(password).hasSizeGreaterThanOrEqualTo(16));
		assertThat(Files.getPosixFilePermissions(CREDENTIALS)).containsExactlyInAnyOrder(
				PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
	}

	@Test
	void shouldIssueATokenThatVerifiesAgainstThePublishedKeys() throws Exception {
		String clerk = credentials().stream().filter((line) -> line.startsWith("clerk\t")).findFirst().orElseThrow();
		Map<String, Object> token = this.web.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "clerk", "password", clerk.split("\t")[1]))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(token).containsEntry("token_type", "Bearer").containsKey("expires_in");

		String jwks = this.web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		JWKSet keys = JWKSet.parse(jwks);
		// One key, or two while a replaced one is still published (the key file outlives test runs).
		assertThat(keys.getKeys()).isNotEmpty().hasSizeLessThanOrEqualTo(2)
			.allSatisfy((key) -> assertThat(key.isPrivate()).isFalse());

		String kid = SignedJWT.parse((String) token.get("access_token")).getHeader().getKeyID();
		var decoder = NimbusReactiveJwtDecoder.withPublicKey(keys.getKeyByKeyId(kid).toRSAKey().toRSAPublicKey()).build();
		StepVerifier.create(decoder.decode((String) token.get("access_token"))).assertNext((jwt) -> {
			assertThat(jwt.getSubject()).isEqualTo("clerk");
			assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CLERK");
			assertThat(jwt.getClaimAsString("department")).isEqualTo("NSFWK");
			assertThat(jwt.getAudience()).containsExactly("sunshine-affairs-api");
			assertThat(jwt.getClaimAsString("iss")).isEqualTo("urn:sunshine-affairs");
			assertThat(jwt.getHeaders()).containsEntry("kid", keys.getKeys().get(0).getKeyID());
		}).verifyComplete();
		assertThat(token.get("refresh_token")).asString().hasSizeGreaterThanOrEqualTo(43);
	}

	@Test
	void shouldRefuseAWrongPasswordAndAnUnknownUserAlike() throws Exception {
		credentials();
		for (String user : List.of("clerk", "nobody")) {
			this.web.post()
				.uri("/api/auth/token")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("username", user, "password", "wrong-password"))
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.title")
				.isEqualTo("登录失败")
				.jsonPath("$.detail")
				.isEqualTo("用户名或密码错误。");
		}
	}

	@Test
	void shouldIssueAShortLivedServiceTokenForTheClientCredentialsGrant() throws Exception {
		assertThat(Files.getPosixFilePermissions(SERVICE_SECRET)).containsExactlyInAnyOrder(
				PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		Map<String, Object> token = this.web.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(clientCredentials("complaint-service", serviceSecret())))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(token).containsEntry("token_type", "Bearer").containsEntry("expires_in", 300);

		JWKSet keys = JWKSet.parse(this.web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody());
		var decoder = NimbusReactiveJwtDecoder.withPublicKey(keys.getKeys().get(0).toRSAKey().toRSAPublicKey()).build();
		assertThat(token).doesNotContainKey("refresh_token");
		StepVerifier.create(decoder.decode((String) token.get("access_token"))).assertNext((jwt) -> {
			assertThat(jwt.getSubject()).isEqualTo("complaint-service");
			assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
			assertThat(jwt.getAudience()).containsExactly("sunshine-affairs-api");
			assertThat(jwt.getClaimAsString("iss")).isEqualTo("urn:sunshine-affairs");
			assertThat(jwt.getHeaders()).containsEntry("kid", keys.getKeys().get(0).getKeyID());
			assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));
		}).verifyComplete();
	}

	@Test
	void shouldRefuseAWrongSecretAndAnUnknownClientWithTheSignInProblem() throws Exception {
		var attempts = List.of(clientCredentials("complaint-service", serviceSecret() + "x"),
				clientCredentials("complaint-service", ""), clientCredentials("gateway", serviceSecret()),
				clientCredentials("nobody", serviceSecret()));
		for (var form : attempts) {
			this.web.post()
				.uri("/api/auth/token")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData(form))
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.title")
				.isEqualTo("登录失败")
				.jsonPath("$.error")
				.isEqualTo("invalid_client");
		}
	}

	@Test
	void shouldAnswerAnUnsupportedOrMissingGrantTypeWithA400Problem() throws Exception {
		var password = new LinkedMultiValueMap<String, String>();
		password.add("grant_type", "password");
		password.add("username", "clerk");
		password.add("password", "whatever");
		this.web.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(password))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("unsupported_grant_type")
			.jsonPath("$.title")
			.isEqualTo("不支持的授权类型");

		var missing = clientCredentials("complaint-service", serviceSecret());
		missing.remove("grant_type");
		this.web.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(missing))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_request");
	}

	@Test
	void shouldRejectAnEmptySignInFieldByField() {
		this.web.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", ""))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(2);
	}

	@Test
	void shouldAnswerAnUnavailableServiceWithA503ProblemForAnyMethod() {
		for (var method : List.of(org.springframework.http.HttpMethod.GET, org.springframework.http.HttpMethod.POST)) {
			this.web.method(method)
				.uri("/fallback/complaint-service")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals("Retry-After", "10")
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.service")
				.isEqualTo("complaint-service")
				.jsonPath("$.title")
				.isEqualTo("服务暂不可用");
		}
	}

	@Test
	void shouldRouteToAnUnregisteredServiceAsA503Problem() {
		// No registry in this test: the load balancer finds no instance, the breaker falls back.
		this.web.get()
			.uri("/api/powers")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldServeThePortalInChinese() {
		this.web.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<html lang=\"zh-CN\">").contains("阳光政务"));
	}

	@Test
	void shouldNotExposeActuatorEndpointsBeyondHealthAndInfo() {
		this.web.get().uri("/actuator/env").exchange().expectStatus().is4xxClientError();
		this.web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	private static LinkedMultiValueMap<String, String> clientCredentials(String id, String secret) {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", id);
		form.add("client_secret", secret);
		return form;
	}

	private static String serviceSecret() throws java.io.IOException {
		return Files.readString(SERVICE_SECRET).strip();
	}

	private static List<String> credentials() {
		await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(CREDENTIALS));
		try {
			return Files.readAllLines(CREDENTIALS).stream().filter((line) -> !line.startsWith("#")).toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
