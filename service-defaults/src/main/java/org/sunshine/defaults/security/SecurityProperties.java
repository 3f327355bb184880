package org.sunshine.defaults.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer the {@code iss} every accepted token must carry
 * @param audience the {@code aud} every accepted token must carry
 * @param publicPaths requests answered without a token, each {@code "GET /api/powers/**"} or a bare
 * pattern for any method
 */
@ConfigurationProperties("sunshine.security")
public record SecurityProperties(String issuer, String audience, List<String> publicPaths) {

	public SecurityProperties {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
	}

}
