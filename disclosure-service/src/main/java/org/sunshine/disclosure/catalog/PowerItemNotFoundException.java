package org.sunshine.disclosure.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class PowerItemNotFoundException extends ErrorResponseException {

	PowerItemNotFoundException(String code) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "problem.power-not-found",
				new Object[] { code });
	}

}
