package org.sunshine.sms.limit;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class LimitConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LimitConfiguration.class);

	@Bean
	QuietHours quietHours(LimitProperties properties) {
		return new QuietHours(properties.quietHours());
	}

	/** Redis when {@code REDIS_URL} is set (shared by the replicas), else Mongo; closed with the context. */
	@Bean
	LimitStore limitStore(LimitProperties properties, ReactiveMongoTemplate mongo) {
		if (properties.redisUrl() != null) {
			log.info("Sending limits are counted in Redis");
			return new RedisLimitStore(properties.redisUrl(), properties.timeout());
		}
		return new MongoLimitStore(mongo);
	}

	@Bean
	SendLimiter sendLimiter(LimitStore store, LimitProperties properties, Clock clock) {
		return new SendLimiter(store, properties, clock);
	}

}
