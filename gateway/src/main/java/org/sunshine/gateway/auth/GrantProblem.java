package org.sunshine.gateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A token request this endpoint cannot serve; {@code error} carries the RFC 6749 §5.2 code. */
final class GrantProblem extends ErrorResponseException {

	private final String code;

	GrantProblem(String oauthError, String code) {
		super(HttpStatus.BAD_REQUEST, problemWith(oauthError), null, code + ".detail", null);
		this.code = code;
	}

	private static ProblemDetail problemWith(String oauthError) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setProperty("error", oauthError);
		return problem;
	}

	@Override
	public String getTitleMessageCode() {
		return this.code + ".title";
	}

}
