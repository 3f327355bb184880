package org.sunshine.search.query;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A search parameter is out of range; the problem names the parameter and what is allowed. */
class InvalidSearchException extends ErrorResponseException {

	InvalidSearchException(String parameter, String code, String englishDetail, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, problem(parameter, englishDetail), null, "search.invalid." + code, arguments);
	}

	private static ProblemDetail problem(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		// Spring 7 leaves the type unset; "about:blank" is what RFC 9457 implies then.
		problem.setType(URI.create("about:blank"));
		problem.setTitle("Invalid search");
		problem.setProperty("parameter", parameter);
		return problem;
	}
}
