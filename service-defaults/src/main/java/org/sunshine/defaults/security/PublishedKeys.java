package org.sunshine.defaults.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway's published signing keys (its JWKS), as a service sees them. A token's key is chosen
 * by its {@code kid}. The copy is fetched again when it is older than {@code maxAge}, so a key the
 * gateway retired stops validating here within that time; an unknown {@code kid} (the gateway
 * rotated) fetches at once, but at most once per {@code missCooldown}, so tokens with made-up kids
 * cannot make every request hit the gateway. When a fetch fails the last good copy is kept.
 */
final class PublishedKeys {

	private static final Logger log = LoggerFactory.getLogger(PublishedKeys.class);

	private final WebClient client;

	private final String uri;

	private final Duration maxAge;

	private final Duration missCooldown;

	private final Clock clock;

	private JWKSet keys;

	private Instant fetchedAt = Instant.EPOCH;

	private Instant lastMissFetch = Instant.EPOCH;

	private Mono<JWKSet> inFlight;

	PublishedKeys(WebClient client, String uri, Duration maxAge, Duration missCooldown, Clock clock) {
		this.client = client;
		this.uri = uri;
		this.maxAge = maxAge;
		this.missCooldown = missCooldown;
		this.clock = clock;
	}

	/** The published keys that match the token's header (kid, type, algorithm). */
	Flux<JWK> keysFor(SignedJWT jwt) {
		JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
		return current().flatMapMany((set) -> {
			List<JWK> found = selector.select(set);
			if (!found.isEmpty() || !missFetchAllowed()) {
				return Flux.fromIterable(found);
			}
			return fetch().flatMapIterable(selector::select);
		});
	}

	private Mono<JWKSet> current() {
		synchronized (this) {
			if (this.keys != null && this.clock.instant().isBefore(this.fetchedAt.plus(this.maxAge))) {
				return Mono.just(this.keys);
			}
		}
		return fetch();
	}

	private synchronized boolean missFetchAllowed() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.lastMissFetch.plus(this.missCooldown))) {
			return false;
		}
		this.lastMissFetch = now;
		return true;
	}

	/** One fetch at a time; callers arriving meanwhile share it. */
	private synchronized Mono<JWKSet> fetch() {
		if (this.inFlight == null) {
			this.inFlight = this.client.get()
				.uri(this.uri)
				.retrieve()
				.bodyToMono(String.class)
				.map(PublishedKeys::parse)
				// Stored and cleared before anyone sees the result, so a kid still missing from it fetches anew.
				.doOnNext(this::store)
				.onErrorResume((ex) -> {
					clearInFlight();
					JWKSet last = lastGood();
					if (last == null) {
						return Mono.error(ex);
					}
					log.warn("Cannot fetch the signing keys from {}, keeping the last copy: {}", this.uri, ex.toString());
					return Mono.just(last);
				})
				.cache();
		}
		return this.inFlight;
	}

	private synchronized void store(JWKSet fetched) {
		this.keys = fetched;
		this.fetchedAt = this.clock.instant();
		this.inFlight = null;
	}

	private synchronized JWKSet lastGood() {
		return this.keys;
	}

	private synchronized void clearInFlight() {
		this.inFlight = null;
	}

	private static JWKSet parse(String json) {
		try {
			return JWKSet.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The published JWKS cannot be read", ex);
		}
	}

}
