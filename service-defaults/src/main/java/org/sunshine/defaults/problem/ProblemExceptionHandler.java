package org.sunshine.defaults.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Renders every error that reaches the web layer, from a controller or not (unknown path, bad media
 * type), as problem+json. It runs before Boot's own error handler so no error leaves in another shape,
 * and never shows a stack trace or an internal message to the client.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ProblemExceptionHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	private final ProblemWriter writer;

	ProblemExceptionHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		Locale locale = ProblemWriter.localeOf(exchange);
		if (ex instanceof ErrorResponse error) {
			// Headers the error carries (Allow on a 405, Retry-After on a 503) belong to the answer too.
			error.getHeaders().forEach((name, values) -> exchange.getResponse().getHeaders().put(name, values));
		}
		return this.writer.write(exchange, toProblem(ex, locale));
	}

	private ProblemDetail toProblem(Throwable ex, Locale locale) {
		if (ex instanceof ServerWebInputException input && isUnreadableBody(input)) {
			Map<String, Object> field = UnreadableValue.of(input, this.writer, locale);
			if (field == null) {
				return this.writer.problem(HttpStatus.BAD_REQUEST, "problem.unreadable-body", locale);
			}
			return this.writer.invalidFields(List.of(field), locale);
		}
		if (ex instanceof ErrorResponse error) {
			if (error.getStatusCode().value() == 500) {
				log.error("Request failed", ex);
			}
			else if (error.getStatusCode().is5xxServerError()) {
				// Unavailable for a while (a dependency down or starting): expected, one line is enough.
				log.warn("Request answered {}: {}", error.getStatusCode().value(), ex.toString());
			}
			return this.writer.problemFor(error, locale);
		}
		if (ex instanceof OptimisticLockingFailureException || ex instanceof DuplicateKeyException) {
			return this.writer.problem(HttpStatus.CONFLICT, "problem.conflict", locale);
		}
		log.error("Unhandled error", ex);
		return this.writer.problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal", locale);
	}

	private static boolean isUnreadableBody(ServerWebInputException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof DecodingException) {
				return true;
			}
		}
		return false;
	}

}
