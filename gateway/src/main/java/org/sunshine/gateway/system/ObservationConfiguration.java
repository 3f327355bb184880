package org.sunshine.gateway.system;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.cloud.gateway.filter.headers.observation.GatewayObservationConvention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

	/** The name the gateway's proxied calls are timed under in Prometheus. */
	static final String PROXIED_REQUESTS = "gateway.proxied.requests";

	/**
	 * The gateway's own name for its calls to the services. Both it and the Eureka client's RestClient (its
	 * registry fetches) call theirs {@code http.client.requests}, with different tags, and Prometheus keeps
	 * only the first meter of a name: the Eureka client's comes first, at start-up, and the proxied calls
	 * went unrecorded.
	 */
	@Bean
	GatewayObservationConvention proxiedRequestsConvention() {
		return new DefaultGatewayObservationConvention() {

			@Override
			public String getName() {
				return PROXIED_REQUESTS;
			}

		};
	}

}
