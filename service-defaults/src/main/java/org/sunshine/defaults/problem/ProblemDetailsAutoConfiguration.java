package org.sunshine.defaults.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

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

	/**
	 * Spring Security's firewall refuses some requests before any handler (an encoded NUL or a "/../" in the
	 * path, a header with control characters); by default with an empty 400. This answers them as problems too.
	 */
	@Bean
	@ConditionalOnMissingBean
	ServerExchangeRejectedHandler rejectedRequestProblem(ProblemWriter problemWriter) {
		return (exchange, ex) -> problemWriter.write(exchange, problemWriter.problem(HttpStatus.BAD_REQUEST,
				"problem.rejected-request", ProblemWriter.localeOf(exchange)));
	}

}
