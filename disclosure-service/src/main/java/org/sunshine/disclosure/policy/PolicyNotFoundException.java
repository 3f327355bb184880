package org.sunshine.disclosure.policy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class PolicyNotFoundException extends ErrorResponseException {

	PolicyNotFoundException(String idOrNumber) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "problem.policy-not-found",
				new Object[] { idOrNumber });
	}

}
