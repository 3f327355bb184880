package org.sunshine.defaults.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer the {@code iss} every accepted token must carry
 * @param audience the {@code aud} every accepted token must carry
 * @param publicPaths requests answered without a token, each {@code "GET /api/powers/**"} or a bare
 * pattern for any method
 * @param jwksMaxAge how long a fetched copy of the gateway's JWKS is used before it is fetched again
 * (also how long a key the gateway retired may still validate here)
 * @param jwksMissCooldown the least time between two fetches caused by a token whose kid is unknown
 */
@ConfigurationProperties("sunshine.security")
public record SecurityProperties(String issuer, String audience, List<String> publicPaths,
		@DefaultValue("5m") Duration jwksMaxAge, @DefaultValue("5s") Duration jwksMissCooldown) {

	public SecurityProperties {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
	}

}
