package org.sunshine.complaint.warning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No warning with that id that this user may see: the same answer whether it exists or not. */
class WarningNotFoundException extends ErrorResponseException {

	WarningNotFoundException() {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "problem.warning-not-found",
				null);
	}

}
