package org.sunshine.gateway.fallback;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.problem.ProblemWriter;
import org.sunshine.defaults.web.RequestIds;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker sends a request it could not deliver (service down, breaker open,
 * time limit hit): a problem+json 503 with Retry-After, for every method, never a hang or a 500.
 */
@RestController
class FallbackController {

	private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

	static final String RETRY_AFTER_SECONDS = "10";

	private final ProblemWriter problems;

	FallbackController(ProblemWriter problems) {
		this.problems = problems;
	}

	@RequestMapping("/fallback/{service}")
	Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		log.warn("{} unavailable: {} (request {})", service, (cause != null) ? cause.toString() : "breaker open",
				RequestIds.of(exchange));
		Locale locale = exchange.getLocaleContext().getLocale();
		ProblemDetail problem = this.problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.service-unavailable",
				(locale != null) ? locale : Locale.SIMPLIFIED_CHINESE);
		problem.setProperty("service", service);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		return this.problems.write(exchange, problem, headers);
	}

}
