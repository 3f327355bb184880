package org.sunshine.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret the services present for a SERVICE token. It comes from the environment (a Secret in a
 * cluster, shared by every gateway replica) or, on a local first start, is generated into the data
 * directory with owner-only permissions, where the services on the same machine read it.
 */
final class ServiceClientSecret {

	private static final Logger log = LoggerFactory.getLogger(ServiceClientSecret.class);

	private final byte[] digest;

	private ServiceClientSecret(String secret) {
		this.digest = sha256(secret);
	}

	static ServiceClientSecret of(String configured, Path file) {
		if (configured != null && !configured.isBlank()) {
			return new ServiceClientSecret(configured.strip());
		}
		try {
			if (Files.exists(file)) {
				String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (!stored.isEmpty()) {
					return new ServiceClientSecret(stored);
				}
			}
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			OwnerOnlyFiles.write(file, generated + "\n");
			log.info("Generated the service client secret in {}", file);
			return new ServiceClientSecret(generated);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the service client secret " + file, ex);
		}
	}

	/**
	 * Constant time in the presented secret: both sides are hashed first, so neither a common prefix
	 * nor a different length shows in the timing.
	 */
	boolean matches(String presented) {
		return MessageDigest.isEqual(this.digest, sha256((presented != null) ? presented : ""));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
