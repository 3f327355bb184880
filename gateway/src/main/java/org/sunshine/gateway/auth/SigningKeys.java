package org.sunshine.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's RSA signing key. It is read from a file (a mounted secret in a cluster) and, on a
 * local first start, generated into the data directory with owner-only permissions, so tokens stay
 * valid across restarts and no key is ever in Git.
 */
final class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private final RSAKey key;

	private SigningKeys(RSAKey key) {
		this.key = key;
	}

	static SigningKeys loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return new SigningKeys(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
			}
			RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(UUID.randomUUID().toString())
				.generate();
			OwnerOnlyFiles.write(file, generated.toJSONString());
			log.info("Generated a new token signing key in {}", file);
			return new SigningKeys(generated);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the signing key " + file, ex);
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException("Invalid signing key in " + file, ex);
		}
	}

	RSAKey signingKey() {
		return this.key;
	}

	/** The public half only, as published at /.well-known/jwks.json. */
	JWKSet publicJwks() {
		return new JWKSet(this.key.toPublicJWK());
	}

}
