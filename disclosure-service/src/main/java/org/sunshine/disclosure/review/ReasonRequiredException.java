package org.sunshine.disclosure.review;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400: returning a version to its author needs a reason, reported as a field error like bean validation's. */
public class ReasonRequiredException extends ErrorResponseException {

	ReasonRequiredException() {
		super(HttpStatus.BAD_REQUEST, body(), null, "problem.reason-required", null);
	}

	private static ProblemDetail body() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setProperty("errors", List.of(Map.of("field", "reason", "code", "NotBlank")));
		return problem;
	}

}
