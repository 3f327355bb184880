package org.sunshine.gateway.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.sunshine.gateway.edge.SecurityHeaders;

/**
 * The gateway lets requests through to the services, and every service checks the token itself;
 * the gateway's own endpoints (sign-in, keys, UI, docs) are public. Edge checks that belong here
 * (rate limits, body limits) are added by the security issue on top of this.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, CorsConfigurationSource cors) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			// Only the configured origins (CORS_ALLOWED_ORIGINS); other cross-origin requests get 403 here.
			.cors((spec) -> spec.configurationSource(cors))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.authorizeExchange((exchanges) -> exchanges
				// Only health and info of the gateway itself; services' actuators are never routed.
				.pathMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/livez", "/readyz",
						"/actuator/prometheus")
				.permitAll()
				.pathMatchers("/actuator/**")
				.denyAll()
				.anyExchange()
				.permitAll())
			// nosniff, no caching of API answers and HSTS on TLS requests are Spring Security's defaults.
			.headers((headers) -> headers
				.frameOptions((frame) -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.writer(new SecurityHeaders()))
			.build();
	}

}
