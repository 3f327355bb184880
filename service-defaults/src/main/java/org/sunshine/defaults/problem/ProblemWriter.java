package org.sunshine.defaults.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.sunshine.defaults.web.RequestIds;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns an exception into a localized {@link ProblemDetail} and writes it as application/problem+json.
 * Shared by the exception handler and the security entry points so a 401 looks like a 400.
 */
public class ProblemWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final MessageInterpolator interpolator;

	ProblemWriter(MessageSource messages) {
		this.messages = messages;
		this.interpolator = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
	}

	/** The problem for any {@link ErrorResponse}: title and detail resolved from message codes in the given locale. */
	public ProblemDetail problemFor(ErrorResponse error, Locale locale) {
		ProblemDetail problem = error.updateAndGetBody(this.messages, locale);
		localizeDefaultTitle(problem, locale);
		if (error instanceof WebExchangeBindException binding) {
			problem.setDetail(message("problem.validation.detail", locale, binding.getErrorCount()));
			problem.setProperty("errors", fieldErrors(binding, locale));
		}
		else if (error instanceof HandlerMethodValidationException validation) {
			List<Map<String, Object>> errors = parameterErrors(validation, locale);
			problem.setDetail(message("problem.validation.detail", locale, errors.size()));
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	/** A problem with a title and detail taken from message codes {@code <code>.title} and {@code <code>.detail}. */
	public ProblemDetail problem(HttpStatusCode status, String code, Locale locale, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(code + ".detail", locale, args));
		problem.setTitle(message(code + ".title", locale));
		localizeDefaultTitle(problem, locale);
		return problem;
	}

	/** Spring's default title is the English reason phrase; replace it by the status's title in the locale. */
	private void localizeDefaultTitle(ProblemDetail problem, Locale locale) {
		HttpStatus status = HttpStatus.resolve(problem.getStatus());
		if (status != null && (problem.getTitle() == null || problem.getTitle().equals(status.getReasonPhrase()))) {
			problem.setTitle(this.messages.getMessage("problem.status." + status.value(), null, status.getReasonPhrase(),
					locale));
		}
	}

	/** The request's language (Accept-Language), Chinese when it names none. */
	public static Locale localeOf(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return (locale != null) ? locale : Locale.SIMPLIFIED_CHINESE;
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		return write(exchange, problem, HttpHeaders.EMPTY);
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, HttpHeaders headers) {
		var response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
		headers.forEach((name, values) -> response.getHeaders().put(name, values));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (problem.getInstance() == null) {
			// The path only: the host and port a service sees are internal.
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		}
		String requestId = RequestIds.of(exchange);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		byte[] body = JSON.writeValueAsBytes(asMap(problem));
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

	public String message(String code, Locale locale, Object... args) {
		try {
			return this.messages.getMessage(code, args, locale);
		}
		catch (NoSuchMessageException ex) {
			return code;
		}
	}

	private List<Map<String, Object>> fieldErrors(WebExchangeBindException binding, Locale locale) {
		return objectErrors(binding.getAllErrors(), locale);
	}

	/** One entry of a problem's {@code errors}: the field, its message, and the code when there is one. */
	static Map<String, Object> fieldError(String field, String message, String code) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("field", field);
		entry.put("message", message);
		if (code != null) {
			entry.put("code", code);
		}
		return entry;
	}

	/** A 400 that lists what is wrong field by field, as a failed validation is answered. */
	ProblemDetail invalidFields(List<Map<String, Object>> errors, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.validation", locale, errors.size());
		problem.setProperty("errors", errors);
		return problem;
	}

	private List<Map<String, Object>> objectErrors(List<ObjectError> objectErrors, Locale locale) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (ObjectError error : objectErrors) {
			errors.add(fieldError((error instanceof FieldError field) ? field.getField() : error.getObjectName(),
					localized(error, locale), error.getCode()));
		}
		return errors;
	}

	private List<Map<String, Object>> parameterErrors(HandlerMethodValidationException validation, Locale locale) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (ParameterValidationResult result : validation.getParameterValidationResults()) {
			if (result instanceof ParameterErrors bean) {
				// A validated body or model object: report its own fields, not the parameter's name.
				errors.addAll(objectErrors(bean.getAllErrors(), locale));
				continue;
			}
			for (MessageSourceResolvable resolvable : result.getResolvableErrors()) {
				ConstraintViolation<?> violation = violationBehind(result, resolvable);
				String message = (violation != null)
						? this.interpolator.interpolate(violation.getMessageTemplate(), new ViolationContext(violation),
								locale)
						: this.messages.getMessage(resolvable, locale);
				errors.add(fieldError(result.getMethodParameter().getParameterName(), message, null));
			}
		}
		return errors;
	}

	private static ConstraintViolation<?> violationBehind(ParameterValidationResult result,
			MessageSourceResolvable resolvable) {
		try {
			return result.unwrap(resolvable, ConstraintViolation.class);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Bean Validation interpolated the message once, in the JVM's locale; interpolate its template
	 * again in the request's locale so a Chinese reader gets Chinese and an English reader English.
	 */
	private String localized(ObjectError error, Locale locale) {
		if (error.contains(ConstraintViolation.class)) {
			ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
			return this.interpolator.interpolate(violation.getMessageTemplate(), new ViolationContext(violation),
					locale);
		}
		return this.messages.getMessage(error, locale);
	}

	private static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		map.put("title", problem.getTitle());
		map.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			map.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			map.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			map.putAll(problem.getProperties());
		}
		return map;
	}

	private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

		@Override
		public ConstraintDescriptor<?> getConstraintDescriptor() {
			return this.violation.getConstraintDescriptor();
		}

		@Override
		public Object getValidatedValue() {
			return this.violation.getInvalidValue();
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			throw new UnsupportedOperationException("No provider-specific context");
		}

	}

}
