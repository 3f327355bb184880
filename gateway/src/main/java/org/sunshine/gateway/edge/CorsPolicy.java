package org.sunshine.gateway.edge;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The one CORS policy of the gateway, for every path: the configured origins may call with a bearer
 * token (no cookies, so no credentials mode); any other origin's cross-origin request, preflight or
 * not, is refused with 403 before it is routed. Same-origin requests (the portal) are not CORS
 * requests and pass untouched.
 */
final class CorsPolicy {

	private CorsPolicy() {
	}

	static CorsConfigurationSource of(CorsProperties properties) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(properties.allowedOrigins());
		configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
				HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, "X-Request-Id"));
		configuration.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION, "X-Request-Id"));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(Duration.ofMinutes(30));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

}
