package org.sunshine.defaults.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class RequestIdAutoConfiguration {

	@Bean
	RequestIdFilter requestIdFilter() {
		return new RequestIdFilter();
	}

}
