package org.sunshine.complaint.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A SERVICE token from the gateway's client-credentials grant, kept until 30 s before it expires. The secret
 * comes from {@code SERVICE_CLIENT_SECRET}, else from the file the gateway writes on its first start, read
 * afresh each time a token is needed (so a relay started before the gateway simply waits for it).
 */
final class ServiceTokenClient {

	static final Duration EARLY_RENEWAL = Duration.ofSeconds(30);

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final WebClient web;

	private final NotificationProperties properties;

	private final Clock clock;

	private volatile Token cached;

	ServiceTokenClient(WebClient web, NotificationProperties properties, Clock clock) {
		this.web = web;
		this.properties = properties;
		this.clock = clock;
	}

	Mono<String> token() {
		Token current = this.cached;
		if (current != null && this.clock.instant().isBefore(current.renewAt())) {
			return Mono.just(current.value());
		}
		return Mono.fromCallable(this::secret)
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((secret) -> this.web.post()
				.uri(this.properties.tokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(BodyInserters.fromFormData("grant_type", "client_credentials")
					.with("client_id", this.properties.clientId())
					.with("client_secret", secret))
				.retrieve()
				.bodyToMono(JSON_OBJECT)
				.timeout(this.properties.timeout()))
			.map((response) -> {
				Object value = response.get("access_token");
				Object expiresIn = response.get("expires_in");
				if (!(value instanceof String token) || !(expiresIn instanceof Number seconds)) {
					throw new TokenUnavailableException("the token endpoint answered without access_token/expires_in");
				}
				Instant renewAt = this.clock.instant().plusSeconds(seconds.longValue()).minus(EARLY_RENEWAL);
				this.cached = new Token(token, renewAt);
				return token;
			});
	}

	/** Forgets the token (the server refused it), so the next call fetches a new one. */
	void invalidate() {
		this.cached = null;
	}

	private String secret() {
		String secret = this.properties.clientSecret();
		if (secret != null && !secret.isBlank()) {
			return secret.trim();
		}
		Path file = this.properties.clientSecretFile();
		if (file == null) {
			throw new TokenUnavailableException("no SERVICE_CLIENT_SECRET and no secret file configured");
		}
		try {
			String fromFile = Files.readString(file, StandardCharsets.UTF_8).trim();
			if (fromFile.isEmpty()) {
				throw new TokenUnavailableException("the service client secret file " + file + " is empty");
			}
			return fromFile;
		}
		catch (NoSuchFileException ex) {
			throw new TokenUnavailableException("no SERVICE_CLIENT_SECRET and no " + file + " yet (the gateway writes it on its first start)");
		}
		catch (IOException ex) {
			throw new TokenUnavailableException("cannot read " + file + ": " + ex.getMessage());
		}
	}

	private record Token(String value, Instant renewAt) {

		@Override
		public String toString() {
			return "Token[renewAt=" + this.renewAt + "]";
		}

	}

	/** No token can be had now; the relay waits and tries again. */
	static final class TokenUnavailableException extends RuntimeException {

		TokenUnavailableException(String message) {
			super(message);
		}

	}

}
