package org.sunshine.disclosure.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * {@code Idempotency-Key} for the writes a client may retry after a lost answer and that would
 * otherwise act twice (creating a draft, importing a file). The key is claimed with an insert (unique
 * per kind, actor and key) before acting, so two concurrent retries cannot both act; the claim then
 * records the result. A retry with the same key and the same request gets the first result; the same
 * key with another request is refused (422), and one arriving while the first still runs gets 409.
 */
@Component
public class IdempotencyKeys {

	public static final String HEADER = "Idempotency-Key";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	IdempotencyKeys(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Runs {@code action} once per key: its result (an id or a short summary) is stored with the key and
	 * returned again to a retry. Without a key, just runs it.
	 */
	public Mono<String> once(String scope, Actor actor, String key, String fingerprint,
			Supplier<Mono<String>> action) {
		if (key == null || key.isBlank()) {
			return Mono.defer(action);
		}
		String id = scope + "/" + actor.name() + "/" + key;
		Claim claim = new Claim(id, fingerprint, null, this.clock.instant());
		return this.mongo.insert(claim)
			.flatMap((claimed) -> Mono.defer(action)
				.flatMap((result) -> this.mongo
					.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("result", result),
							Claim.class)
					.thenReturn(result))
				// A failed action frees its key, so the client may retry it.
				.onErrorResume((error) -> this.mongo.remove(Query.query(Criteria.where("_id").is(id)), Claim.class)
					.then(Mono.error(error))))
			.onErrorResume(DuplicateKeyException.class, (taken) -> this.mongo.findById(id, Claim.class)
				.switchIfEmpty(Mono.error(() -> new KeyInUseException("problem.idempotency-in-progress",
						HttpStatus.CONFLICT, key)))
				.flatMap((first) -> {
					if (!first.fingerprint().equals(fingerprint)) {
						return Mono.error(new KeyInUseException("problem.idempotency-key-reused",
								HttpStatus.UNPROCESSABLE_CONTENT, key));
					}
					if (first.result() == null) {
						return Mono.error(new KeyInUseException("problem.idempotency-in-progress",
								HttpStatus.CONFLICT, key));
					}
					return Mono.just(first.result());
				}));
	}

	/** A stable digest of a request's bytes, to tell a retry from a different request. */
	public static String fingerprint(byte[] request) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	public static String fingerprint(String request) {
		return fingerprint(request.getBytes(StandardCharsets.UTF_8));
	}

	@Document("idempotency_keys")
	record Claim(@Id String id, String fingerprint, String result, Instant createdAt) {
	}

	/** 422 for a key reused with another request, 409 while the first request is still running. */
	static class KeyInUseException extends ErrorResponseException {

		KeyInUseException(String code, HttpStatus status, String key) {
			super(status, body(status, key), null, code, new Object[] { key });
		}

		private static ProblemDetail body(HttpStatus status, String key) {
			ProblemDetail problem = ProblemDetail.forStatus(status);
			problem.setProperty("idempotencyKey", key);
			return problem;
		}

	}

}
