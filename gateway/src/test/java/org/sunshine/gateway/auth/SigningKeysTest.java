package org.sunshine.gateway.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sunshine.defaults.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key file across rotations: the older single-key format, a rotation, a retirement, expiry by time. */
class SigningKeysTest {

	private static final Duration RETAIN = Duration.ofMinutes(16);

	@TempDir
	Path dir;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));

	@Test
	void shouldReadASingleKeyFileAndKeepThatKeyPublishedForTheRetentionAfterARotation() throws Exception {
		Path file = this.dir.resolve("jwt-signing-key.json");
		RSAKey legacy = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.keyID("legacy")
			.generate();
		Files.writeString(file, legacy.toJSONString());
		SigningKeys keys = SigningKeys.loadOrCreate(file, this.clock);
		assertThat(keys.signingKey().getKeyID()).isEqualTo("legacy");

		keys.rotate(RETAIN);
		String next = keys.signingKey().getKeyID();
		assertThat(next).isNotEqualTo("legacy");
		assertThat(keys.publicJwks().getKeys()).extracting(JWK::getKeyID).containsExactly(next, "legacy");
		assertThat(keys.publicJwks().getKeys()).noneMatch(JWK::isPrivate)
			.allMatch((key) -> key.getExpirationTime() == null && key.getIssueTime() == null);
		// A restart reads both back, with the same signing key.
		SigningKeys restarted = SigningKeys.loadOrCreate(file, this.clock);
		assertThat(restarted.signingKey().getKeyID()).isEqualTo(next);
		assertThat(JWKSet.load(file.toFile()).getKeys()).hasSize(2).allMatch(JWK::isPrivate);

		this.clock.advance(RETAIN.minusSeconds(1));
		assertThat(keys.publicJwks().getKeys()).extracting(JWK::getKeyID).contains("legacy");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(keys.publicJwks().getKeys()).extracting(JWK::getKeyID).containsExactly(next);
		assertThat(keys.privateJwks().getKeyByKeyId("legacy")).isNull();
	}

	@Test
	void shouldRetireAReplacedKeyAtOnceButNeverTheSigningOne() {
		SigningKeys keys = SigningKeys.loadOrCreate(this.dir.resolve("keys.json"), this.clock);
		String first = keys.signingKey().getKeyID();
		this.clock.advance(Duration.ofDays(1));
		keys.rotate(RETAIN);
		String second = keys.signingKey().getKeyID();

		assertThatThrownBy(() -> keys.retire(second)).isInstanceOf(SigningKeyProblems.ActiveKeyRetirement.class);
		assertThat(keys.retire("unknown")).isEmpty();
		assertThat(keys.retire(first)).hasValueSatisfying((views) -> assertThat(views)
			.extracting(SigningKeys.KeyView::kid)
			.containsExactly(second));
		assertThat(keys.publicJwks().getKeys()).extracting(JWK::getKeyID).containsExactly(second);
	}

	@Test
	void shouldBeDueForRotationWhenTheSigningKeyIsOlderThanThePeriod() {
		SigningKeys keys = SigningKeys.loadOrCreate(this.dir.resolve("keys.json"), this.clock);
		SigningKeyRotation rotation = new SigningKeyRotation(keys,
				new SigningKeyProperties(Duration.ofDays(30), Duration.ofHours(1), Duration.ofSeconds(60)), RETAIN,
				this.clock);

		this.clock.advance(Duration.ofDays(30).minusSeconds(1));
		assertThat(rotation.isDue(this.clock.instant())).isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(rotation.isDue(this.clock.instant())).isTrue();
		rotation.rotate();
		assertThat(rotation.isDue(this.clock.instant())).isFalse();
	}

}
