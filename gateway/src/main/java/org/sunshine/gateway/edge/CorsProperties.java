package org.sunshine.gateway.edge;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser origins other than the gateway's own that may call the API ({@code CORS_ALLOWED_ORIGINS},
 * comma-separated, e.g. {@code https://portal.example.gov.cn}); none by default. Exact origins only:
 * {@code *} is refused, so opening the API to every site is never one typo away.
 */
@ConfigurationProperties("sunshine.edge.cors")
record CorsProperties(List<String> allowedOrigins) {

	CorsProperties {
		allowedOrigins = (allowedOrigins != null)
				? allowedOrigins.stream().map(String::strip).filter((origin) -> !origin.isEmpty()).toList()
				: List.of();
		if (allowedOrigins.stream().anyMatch((origin) -> origin.contains("*"))) {
			throw new IllegalArgumentException("CORS_ALLOWED_ORIGINS takes exact origins, not wildcards");
		}
	}

}
