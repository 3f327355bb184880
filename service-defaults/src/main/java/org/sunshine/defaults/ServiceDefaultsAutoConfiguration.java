package org.sunshine.defaults;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * The conventions every service shares, applied once here instead of copied into each service
 * (the idea of eShop's ServiceDefaults). Problem details, request ids, security and the embedded
 * store live in their own auto-configurations beside this one.
 */
@AutoConfiguration
public class ServiceDefaultsAutoConfiguration {

	/** The bureau works on Beijing time; working-day rules depend on it, so the clock carries that zone. */
	public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(BUREAU_ZONE);
	}

	/**
	 * No observations of Spring Security's own: http.server.requests already times each request, security
	 * included. Turning them off by name (management.observations.enable.spring.security) left every filter
	 * of the chain wrapped in a decorator that made a no-op observation per filter per request; without
	 * this bean the chain is not decorated at all.
	 */
	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
