package org.sunshine.defaults.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/** Every error a service answers is RFC 9457 problem+json, in the request's language. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ProblemDetailsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemWriter problemWriter(MessageSource messageSource) {
		return new ProblemWriter(messageSource);
	}

	@Bean
	ProblemExceptionHandler problemExceptionHandler(ProblemWriter problemWriter) {
		return new ProblemExceptionHandler(problemWriter);
	}

}
