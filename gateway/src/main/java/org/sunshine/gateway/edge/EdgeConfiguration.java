package org.sunshine.gateway.edge;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.problem.ProblemWriter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EdgeLimitProperties.class, CorsProperties.class })
class EdgeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EdgeConfiguration.class);

	/** Redis when {@code REDIS_URL} is set (shared by replicas), else this process; closed with the context. */
	@Bean
	LimitCounters limitCounters(EdgeLimitProperties properties, Clock clock) {
		if (properties.redisUrl() != null) {
			log.info("Edge limits are counted in Redis");
			return new RedisLimitCounters(properties.redisUrl(), properties.timeout());
		}
		return new LocalLimitCounters(clock);
	}

	/** Used by the security filter chain (system/SecurityConfiguration), which applies it before anything else. */
	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		if (!properties.allowedOrigins().isEmpty()) {
			log.info("Cross-origin calls allowed from {}", properties.allowedOrigins());
		}
		return CorsPolicy.of(properties);
	}

	@Bean
	BodySizeLimitFilter bodySizeLimitFilter(EdgeLimitProperties properties, ProblemWriter problems) {
		return new BodySizeLimitFilter(properties.maxBodySize(), problems);
	}

	@Bean
	EdgeRateLimitFilter edgeRateLimitFilter(EdgeLimitProperties properties, LimitCounters counters,
			ProblemWriter problems, Clock clock) {
		return new EdgeRateLimitFilter(properties, counters, problems, clock);
	}

}
