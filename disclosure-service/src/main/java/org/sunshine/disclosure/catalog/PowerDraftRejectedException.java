package org.sunshine.disclosure.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 422: a well-formed draft the catalog cannot take (unknown category or department, code in use). */
class PowerDraftRejectedException extends ErrorResponseException {

	PowerDraftRejectedException(String code, String field, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, body(field), null, code, args);
	}

	private static ProblemDetail body(String field) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setProperty("field", field);
		return problem;
	}

}
