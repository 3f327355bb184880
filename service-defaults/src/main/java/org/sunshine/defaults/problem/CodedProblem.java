package org.sunshine.defaults.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error answered as problem+json whose title and detail are the messages {@code <code>.title} and
 * {@code <code>.detail} of the module's {@code messages*.properties}, in the request's language. Subclass it
 * with a constructor only; add properties (e.g. RFC 6749's {@code error}) to {@link #getBody()} and headers
 * (e.g. {@code Retry-After}) to {@link #getHeaders()}.
 */
public class CodedProblem extends ErrorResponseException {

	private final String code;

	public CodedProblem(HttpStatusCode status, String code) {
		this(status, code, null);
	}

	public CodedProblem(HttpStatusCode status, String code, Throwable cause) {
		super(status, ProblemDetail.forStatus(status), cause, code + ".detail", null);
		this.code = code;
	}

	@Override
	public String getTitleMessageCode() {
		return this.code + ".title";
	}

}
