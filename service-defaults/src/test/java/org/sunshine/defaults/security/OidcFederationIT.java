package org.sunshine.defaults.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sunshine.defaults.TestTokens;
import reactor.test.StepVerifier;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code OIDC_ISSUER_URI} set, a service takes tokens from that OpenID provider: keys by issuer
 * discovery (a tiny in-test provider serving discovery and JWKS, Keycloak's paths), issuer and
 * audience pinned, realm roles mapped to the platform's; the gateway's tokens are no longer accepted.
 */
class OidcFederationIT {

	private static final String AUDIENCE = TestTokens.AUDIENCE;

	private static HttpServer provider;

	private static String issuer;

	private static RSAKey key;

	@BeforeAll
	static void startProvider() throws IOException, JOSEException {
		key = new RSAKeyGenerator(2048).keyID("kc-key").generate();
		provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/tax";
		String discovery = """
				{"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs","subject_types_supported":["public"],
				"response_types_supported":["code"],"id_token_signing_alg_values_supported":["RS256"]}"""
			.formatted(issuer, issuer);
		serve("/realms/tax/.well-known/openid-configuration", discovery);
		serve("/realms/tax/protocol/openid-connect/certs", new JWKSet(key.toPublicJWK()).toString());
		provider.start();
	}

	@AfterAll
	static void stopProvider() {
		provider.stop(0);
	}

	private final ReactiveJwtDecoder decoder = ResourceServerDefaultsAutoConfiguration.oidcDecoder(issuer, AUDIENCE);

	@Test
	void shouldAcceptTheProvidersTokenAndMapItsRealmRolesToOurs() {
		String token = mint((claims) -> claims.claim("realm_access",
				Map.of("roles", List.of("clerk", "secrecy-reviewer", "offline_access", "default-roles-tax"))));

		StepVerifier.create(this.decoder.decode(token)
			.flatMap((jwt) -> new ResourceServerDefaultsAutoConfiguration.RolesConverter(true).convert(jwt)))
			.assertNext((authentication) -> {
				assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
					.containsExactlyInAnyOrder("ROLE_CLERK", "ROLE_SECRECY_REVIEWER");
				assertThat(authentication.getName()).isEqualTo("zhang.wei");
			})
			.verifyComplete();
	}

	@Test
	void shouldRefuseAProviderTokenWithoutOurAudience() {
		StepVerifier.create(this.decoder.decode(mint((claims) -> claims.audience("account"))))
			.expectError(JwtValidationException.class)
			.verify();
	}

	@Test
	void shouldRefuseTheGatewaysOwnTokens() {
		StepVerifier.create(this.decoder.decode(TestTokens.staff("clerk", "CLERK"))).expectError().verify();
	}

	@Test
	void shouldIgnoreRealmRolesInTheGatewaysTokens() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("clerk")
			.claim("roles", List.of("CLERK"))
			.claim("realm_access", Map.of("roles", List.of("admin")))
			.build();

		StepVerifier.create(new ResourceServerDefaultsAutoConfiguration.RolesConverter(false).convert(jwt))
			.assertNext((authentication) -> assertThat(authentication.getAuthorities())
				.extracting(GrantedAuthority::getAuthority)
				.containsExactly("ROLE_CLERK"))
			.verifyComplete();
	}

	private static String mint(UnaryOperator<JWTClaimsSet.Builder> change) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer)
			.audience(List.of(AUDIENCE, "account"))
			.subject("f1c2-uuid")
			.claim("preferred_username", "zhang.wei")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)));
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("kc-key").build(),
					change.apply(claims).build());
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void serve(String path, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		provider.createContext(path, (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
	}

}
