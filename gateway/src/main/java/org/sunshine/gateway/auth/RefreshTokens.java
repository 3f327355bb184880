package org.sunshine.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Refresh tokens with rotation and theft detection: each sign-in starts a family; each refresh
 * marks the presented token used (an atomic compare-and-set) and hands out the next one of the
 * family. A used token presented again means two parties hold the family's tokens, so the whole
 * family is revoked and both must sign in again. Sign-out, a password change and disabling the
 * account revoke families too.
 */
class RefreshTokens {

	private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReactiveMongoTemplate mongo;

	private final Duration sessionTtl;

	private final Clock clock;

	RefreshTokens(ReactiveMongoTemplate mongo, Duration sessionTtl, Clock clock) {
		this.mongo = mongo;
		this.sessionTtl = sessionTtl;
		this.clock = clock;
	}

	/** Starts a session after a sign-in; the value is returned this once and stored only as a hash. */
	Mono<String> start(String username) {
		Instant now = this.clock.instant();
		RefreshFamily family = new RefreshFamily(UUID.randomUUID().toString(), username, now,
				now.plus(this.sessionTtl), null, null);
		// Sign-in is where this user's ended sessions are cleared away, so the store does not only grow.
		return forgetEnded(username, now).then(this.mongo.insert(family)).flatMap((saved) -> next(saved, now));
	}

	/**
	 * Exchanges a refresh token for the next one of its family and the account to issue an access
	 * token for; empty when the token is unknown, used, expired or its family revoked.
	 */
	Mono<Rotation> rotate(String presented) {
		if (presented == null || presented.isBlank()) {
			return Mono.empty();
		}
		String hash = hash(presented);
		Instant now = this.clock.instant();
		return this.mongo
			.findAndModify(Query.query(where("_id").is(hash).and("usedAt").is(null)), new Update().set("usedAt", now),
					FindAndModifyOptions.options().returnNew(false), RefreshToken.class)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			// Not found unused: unknown, or used before (reuse). Found: good only while its session is live.
			.flatMap((found) -> found.isEmpty() ? detectReuse(hash) : exchange(found.get(), now));
	}

	private Mono<Rotation> exchange(RefreshToken token, Instant now) {
		return this.mongo.findById(token.family(), RefreshFamily.class)
			.filter((family) -> family.isLive(now) && token.expiresAt().isAfter(now))
			.flatMap((family) -> next(family, now).map((value) -> new Rotation(family.username(), value)));
	}

	/** Ends the session the token belongs to (sign-out); nothing happens for an unknown token. */
	Mono<Void> revoke(String presented) {
		if (presented == null || presented.isBlank()) {
			return Mono.empty();
		}
		return this.mongo.findById(hash(presented), RefreshToken.class)
			.flatMap((token) -> revokeFamily(token.family(), "sign-out"))
			.then();
	}

	/** Ends every session of the account (password changed, account disabled). */
	Mono<Void> revokeAll(String username, String because) {
		return this.mongo
			.updateMulti(Query.query(where("username").is(username).and("revokedAt").is(null)),
					new Update().set("revokedAt", this.clock.instant()).set("revokedBecause", because),
					RefreshFamily.class)
			.doOnNext((result) -> {
				if (result.getModifiedCount() > 0) {
					log.info("Revoked {} refresh session(s) of an account: {}", result.getModifiedCount(), because);
				}
			})
			.then();
	}

	private Mono<Rotation> detectReuse(String hash) {
		return this.mongo.findById(hash, RefreshToken.class)
			.filter((token) -> token.usedAt() != null)
			.flatMap((token) -> {
				log.warn("A used refresh token was presented again: revoking its session (family {})", token.family());
				return revokeFamily(token.family(), "reuse of a used refresh token");
			})
			.then(Mono.empty());
	}

	private Mono<Boolean> revokeFamily(String family, String because) {
		return this.mongo
			.updateFirst(Query.query(where("_id").is(family).and("revokedAt").is(null)),
					new Update().set("revokedAt", this.clock.instant()).set("revokedBecause", because),
					RefreshFamily.class)
			.map((result) -> result.getModifiedCount() == 1);
	}

	private Mono<String> next(RefreshFamily family, Instant now) {
		String value = newValue();
		return this.mongo
			.insert(new RefreshToken(hash(value), family.id(), family.username(), now, family.expiresAt(), null))
			.thenReturn(value);
	}

	private Mono<Void> forgetEnded(String username, Instant now) {
		return this.mongo
			.remove(Query.query(where("username").is(username).and("expiresAt").lt(now)), RefreshToken.class)
			.then(this.mongo.remove(Query.query(where("username").is(username).and("expiresAt").lt(now)),
					RefreshFamily.class))
			.then();
	}

	private static String newValue() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The account to issue a new access token for, and the family's next refresh token. */
	record Rotation(String username, String refreshToken) {
	}

}
