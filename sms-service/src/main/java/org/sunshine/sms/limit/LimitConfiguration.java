package org.sunshine.sms.limit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LimitConfiguration {

	@Bean
	QuietHours quietHours(LimitProperties properties) {
		return new QuietHours(properties.quietHours());
	}

}
