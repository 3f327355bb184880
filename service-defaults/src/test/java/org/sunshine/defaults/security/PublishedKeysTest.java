package org.sunshine.defaults.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.sunshine.defaults.MutableClock;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/** The services' copy of the gateway's JWKS: when it is fetched again, and what it keeps when it cannot. */
class PublishedKeysTest {

	private static final RSAKey OLD = key("old");

	private static final RSAKey NEW = key("new");

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));

	private final AtomicReference<String> published = new AtomicReference<>(jwks(OLD));

	private final AtomicInteger fetches = new AtomicInteger();

	private final PublishedKeys keys = new PublishedKeys(WebClient.builder().exchangeFunction((request) -> {
		this.fetches.incrementAndGet();
		String body = this.published.get();
		return Mono.just((body != null)
				? ClientResponse.create(HttpStatus.OK)
					.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
					.body(body)
					.build()
				: ClientResponse.create(HttpStatus.SERVICE_UNAVAILABLE).build());
	}).build(), "http://gateway/.well-known/jwks.json", Duration.ofMinutes(5), Duration.ofSeconds(5), this.clock);

	@Test
	void shouldKeepARetiredKeyUntilTheCopyIsOlderThanItsMaxAge() {
		StepVerifier.create(this.keys.keysFor(token("old"))).expectNextCount(1).verifyComplete();
		this.published.set(jwks(NEW));

		this.clock.advance(Duration.ofMinutes(4));
		StepVerifier.create(this.keys.keysFor(token("old"))).expectNextCount(1).verifyComplete();

		this.clock.advance(Duration.ofMinutes(1));
		StepVerifier.create(this.keys.keysFor(token("old"))).verifyComplete();
	}

	@Test
	void shouldFetchOnAnUnknownKidAtMostOncePerCooldown() {
		StepVerifier.create(this.keys.keysFor(token("new"))).verifyComplete();
		StepVerifier.create(this.keys.keysFor(token("made-up"))).verifyComplete();
		// The first fetch, plus one for the first unknown kid; the second unknown kid is inside the cooldown.
		org.assertj.core.api.Assertions.assertThat(this.fetches).hasValue(2);

		this.published.set(jwks(OLD, NEW));
		this.clock.advance(Duration.ofSeconds(5));
		StepVerifier.create(this.keys.keysFor(token("new"))).expectNextCount(1).verifyComplete();
		org.assertj.core.api.Assertions.assertThat(this.fetches).hasValue(3);
	}

	@Test
	void shouldKeepTheLastCopyWhenTheGatewayCannotBeReached() {
		StepVerifier.create(this.keys.keysFor(token("old"))).expectNextCount(1).verifyComplete();
		this.published.set(null);

		this.clock.advance(Duration.ofMinutes(10));

		StepVerifier.create(this.keys.keysFor(token("old"))).expectNextCount(1).verifyComplete();
	}

	private static SignedJWT token(String kid) {
		return new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
				new JWTClaimsSet.Builder().subject("clerk").build());
	}

	private static String jwks(RSAKey... keys) {
		return new JWKSet(java.util.Arrays.stream(keys).map(RSAKey::toPublicJWK).map(com.nimbusds.jose.jwk.JWK.class::cast)
			.toList()).toString();
	}

	private static RSAKey key(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
