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
 * @param oidcIssuerUri when set ({@code OIDC_ISSUER_URI}), tokens come from this OpenID Connect provider
 * instead of the gateway: its keys are found by issuer discovery, and its realm roles
 * ({@code realm_access.roles}, Keycloak style) are mapped to ours
 */
@ConfigurationProperties("sunshine.security")
public record SecurityProperties(String issuer, String audience, List<String> publicPaths,
		@DefaultValue("5m") Duration jwksMaxAge, @DefaultValue("5s") Duration jwksMissCooldown,
		String oidcIssuerUri) {

	public SecurityProperties {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
		oidcIssuerUri = (oidcIssuerUri == null || oidcIssuerUri.isBlank()) ? null : oidcIssuerUri.strip();
	}

	/** Whether tokens come from an external OpenID Connect provider rather than the gateway. */
	public boolean federated() {
		return this.oidcIssuerUri != null;
	}

}
