package org.sunshine.gateway.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.gateway.GatewayITSupport;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Key rotation over real HTTP: after a rotation the JWKS holds the new key and the replaced one, so
 * a token signed before still validates where services validate (a decoder on the published JWKS,
 * key chosen by kid) and at the gateway itself; once the old key is retired it validates nowhere.
 */
class SigningKeyRotationIT extends GatewayITSupport {

	private static final Path KEY_FILE = Path.of("target/it-data/gateway/jwt-signing-key.json");

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TokenService tokens;

	@Autowired
	Clock clock;

	@BeforeEach
	void waitForTheDemoSeed() {
		await().atMost(Duration.ofSeconds(30)).until(() -> this.accounts.existsById("admin").block());
	}

	@Test
	void shouldKeepTheReplacedKeyPublishedUntilRetiredAndTokensSignedWithItValidUntilThen() throws Exception {
		StaffAccount admin = account(Role.ADMIN);
		String before = this.tokens.issue(admin).value();
		String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

		List<Map<String, Object>> keys = keys("/api/auth/keys/rotation", before);
		assertThat(keys).hasSizeGreaterThanOrEqualTo(2);
		assertThat(keys.get(0)).containsEntry("signing", true);
		assertThat(keys.get(0).get("retiresAt")).isNull();
		assertThat(keys).filteredOn((key) -> oldKid.equals(key.get("kid"))).singleElement().satisfies((key) -> {
			assertThat(key).containsEntry("signing", false);
			// The access token lifetime (15 min) plus the 60 s the services allow for clock skew.
			assertThat(Duration.between(this.clock.instant(), java.time.Instant.parse((String) key.get("retiresAt"))))
				.isBetween(Duration.ofMinutes(15), Duration.ofMinutes(16).plusSeconds(1));
		});
		String after = this.tokens.issue(admin).value();
		String newKid = SignedJWT.parse(after).getHeader().getKeyID();
		assertThat(newKid).isEqualTo(keys.get(0).get("kid")).isNotEqualTo(oldKid);

		JWKSet published = JWKSet.parse(this.web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody());
		assertThat(published.getKeys()).extracting(JWK::getKeyID).contains(newKid, oldKid);
		assertThat(published.getKeys()).noneMatch(JWK::isPrivate);
		// Both keys are kept (owner-only), so a restart keeps validating the replaced key's tokens.
		JWKSet stored = JWKSet.load(KEY_FILE.toFile());
		assertThat(stored.getKeys()).extracting(JWK::getKeyID).contains(newKid, oldKid);
		assertThat(stored.getKeys()).allMatch(JWK::isPrivate);
		assertThat(Files.getPosixFilePermissions(KEY_FILE)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);

		// A service's view: a decoder on the published JWKS picks the key by kid.
		StepVerifier.create(serviceDecoder().decode(before)).expectNextCount(1).verifyComplete();
		StepVerifier.create(serviceDecoder().decode(after)).expectNextCount(1).verifyComplete();
		// The gateway's own endpoints accept both too.
		keys("/api/auth/keys", before);

		// The signing key cannot be retired, an unknown one is not found, only an ADMIN may.
		retire(newKid, "Bearer " + after).expectStatus().isEqualTo(409);
		retire("no-such-key", "Bearer " + after).expectStatus().isNotFound();
		retire(oldKid, "Bearer " + this.tokens.issue(account(Role.SUPERVISOR)).value()).expectStatus().isForbidden();

		retire(oldKid, "Bearer " + after).expectStatus().isOk();
		JWKSet remaining = JWKSet.parse(this.web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody());
		assertThat(remaining.getKeys()).extracting(JWK::getKeyID).contains(newKid).doesNotContain(oldKid);
		StepVerifier.create(serviceDecoder().decode(before)).expectError().verify();
		StepVerifier.create(serviceDecoder().decode(after)).expectNextCount(1).verifyComplete();
		this.web.get()
			.uri("/api/auth/keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + before)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void shouldRefuseKeyAdministrationWithoutAnAdminToken() {
		this.web.post().uri("/api/auth/keys/rotation").exchange().expectStatus().isUnauthorized();
		this.web.post()
			.uri("/api/auth/keys/rotation")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.tokens.issue(account(Role.EDITOR)).value())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private ReactiveJwtDecoder serviceDecoder() {
		return NimbusReactiveJwtDecoder.withJwkSetUri("http://127.0.0.1:" + this.port + "/.well-known/jwks.json")
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
	}

	private List<Map<String, Object>> keys(String uri, String token) {
		var request = uri.endsWith("rotation") ? this.web.post().uri(uri) : this.web.get().uri(uri);
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec retire(String kid, String authorization) {
		return this.web.post()
			.uri("/api/auth/keys/{kid}/retirement", kid)
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.exchange();
	}

	private StaffAccount account(Role role) {
		String username = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.accounts.insert(StaffAccount.create(username, this.passwords.encode("correct-horse-battery"),
				List.of(role), "BGS", username, this.clock.instant())).block();
	}

}
