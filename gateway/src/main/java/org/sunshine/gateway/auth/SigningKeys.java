package org.sunshine.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's RSA signing keys. They are read from a file (a mounted secret in a cluster) and, on a
 * local first start, generated into the data directory with owner-only permissions, so tokens stay
 * valid across restarts and no key is ever in Git.
 * <p>
 * The file is a JWK set (a single JWK, the older format, is read as a set of one). Each key carries
 * {@code iat} (when it was made) and, once replaced, {@code exp} (when it stops being published).
 * The newest key that has not expired signs; every key that has not expired is published at the
 * JWKS, so tokens signed before a rotation keep validating until they expire themselves.
 */
final class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private final Path file;

	private final Clock clock;

	private final AtomicReference<List<RSAKey>> keys;

	private SigningKeys(Path file, Clock clock, List<RSAKey> keys) {
		this.file = file;
		this.clock = clock;
		this.keys = new AtomicReference<>(List.copyOf(keys));
	}

	static SigningKeys loadOrCreate(Path file, Clock clock) {
		try {
			if (Files.exists(file)) {
				return new SigningKeys(file, clock, parse(Files.readString(file, StandardCharsets.UTF_8)));
			}
			SigningKeys created = new SigningKeys(file, clock, List.of(generate(clock.instant())));
			created.store(created.keys.get());
			log.info("Generated a new token signing key in {}", file);
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the signing key " + file, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Invalid signing key in " + file, ex);
		}
	}

	private static List<RSAKey> parse(String json) throws ParseException {
		Map<String, Object> object = com.nimbusds.jose.util.JSONObjectUtils.parse(json);
		List<JWK> parsed = object.containsKey("keys") ? JWKSet.parse(object).getKeys() : List.of(JWK.parse(object));
		List<RSAKey> keys = new ArrayList<>();
		for (JWK key : parsed) {
			if (!(key instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
				throw new ParseException("Every signing key must be a private RSA JWK with a kid", 0);
			}
			keys.add(rsa);
		}
		if (keys.isEmpty()) {
			throw new ParseException("No signing key", 0);
		}
		return keys;
	}

	private static RSAKey generate(Instant now) {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(UUID.randomUUID().toString())
				.issueTime(Date.from(now))
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	/** The key that signs new tokens: the newest one that has not expired. */
	RSAKey signingKey() {
		Instant now = this.clock.instant();
		return live(this.keys.get(), now).stream()
			.max(Comparator.comparing(SigningKeys::createdAt))
			.orElseThrow(() -> new IllegalStateException("Every signing key has expired; rotate to make a new one"));
	}

	/** The private keys that may still sign or be referred to by a kid (all that have not expired). */
	JWKSet privateJwks() {
		return new JWKSet(List.<JWK>copyOf(live(this.keys.get(), this.clock.instant())));
	}

	/** The public halves only, as published at /.well-known/jwks.json: the signing key and those still retiring. */
	JWKSet publicJwks() {
		return new JWKSet(live(this.keys.get(), this.clock.instant()).stream()
			.sorted(Comparator.comparing(SigningKeys::createdAt).reversed())
			// Only the key material and its name: timestamps stay private to the gateway.
			.<JWK>map((key) -> new RSAKey.Builder(key.getModulus(), key.getPublicExponent()).keyID(key.getKeyID())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build())
			.toList());
	}

	/**
	 * Makes a new signing key. The keys in use until now stay published for {@code retainFor} (the
	 * longest token lifetime plus clock skew), then drop out; keys already expired are removed.
	 */
	synchronized List<KeyView> rotate(Duration retainFor) {
		Instant now = this.clock.instant();
		List<RSAKey> next = new ArrayList<>();
		for (RSAKey key : live(this.keys.get(), now)) {
			next.add((key.getExpirationTime() != null) ? key : withExpiry(key, now.plus(retainFor)));
		}
		RSAKey created = generate(now);
		next.add(created);
		store(next);
		log.info("Token signing key rotated: {} signs from now on", created.getKeyID());
		return views();
	}

	/**
	 * Stops publishing a key at once (e.g. it leaked), so tokens signed with it stop validating
	 * everywhere as soon as each service refreshes its copy of the JWKS. The signing key cannot be
	 * retired: rotate first. Empty when there is no such key.
	 */
	synchronized Optional<List<KeyView>> retire(String keyId) {
		Instant now = this.clock.instant();
		List<RSAKey> current = live(this.keys.get(), now);
		if (current.stream().noneMatch((key) -> key.getKeyID().equals(keyId))) {
			return Optional.empty();
		}
		if (signingKey().getKeyID().equals(keyId)) {
			throw new SigningKeyProblems.ActiveKeyRetirement();
		}
		store(current.stream().filter((key) -> !key.getKeyID().equals(keyId)).toList());
		log.warn("Token signing key {} retired before its time", keyId);
		return Optional.of(views());
	}

	List<KeyView> views() {
		String signing = signingKey().getKeyID();
		return live(this.keys.get(), this.clock.instant()).stream()
			.sorted(Comparator.comparing(SigningKeys::createdAt).reversed())
			.map((key) -> new KeyView(key.getKeyID(), createdAt(key),
					(key.getExpirationTime() != null) ? key.getExpirationTime().toInstant() : null,
					key.getKeyID().equals(signing)))
			.toList();
	}

	private void store(List<RSAKey> next) {
		try {
			OwnerOnlyFiles.write(this.file, new JWKSet(List.<JWK>copyOf(next)).toString(false));
		}
		catch (IOException ex) {
			// A read-only mounted secret: keys are rotated by replacing the secret, not here.
			throw new SigningKeyProblems.KeysReadOnly(ex);
		}
		this.keys.set(List.copyOf(next));
	}

	private static List<RSAKey> live(List<RSAKey> keys, Instant now) {
		return keys.stream()
			.filter((key) -> key.getExpirationTime() == null || key.getExpirationTime().toInstant().isAfter(now))
			.toList();
	}

	private static Instant createdAt(RSAKey key) {
		// A key from the older single-key file has no iat: it is older than any rotated one.
		return (key.getIssueTime() != null) ? key.getIssueTime().toInstant() : Instant.EPOCH;
	}

	private static RSAKey withExpiry(RSAKey key, Instant expires) {
		return new RSAKey.Builder(key).expirationTime(Date.from(expires)).build();
	}

	/** A key as an administrator sees it: never the key material. */
	record KeyView(String kid, Instant createdAt, Instant retiresAt, boolean signing) {
	}

}
