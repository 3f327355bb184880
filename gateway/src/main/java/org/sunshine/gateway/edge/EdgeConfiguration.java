package org.sunshine.gateway.edge;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.problem.ProblemWriter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdgeLimitProperties.class)
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
