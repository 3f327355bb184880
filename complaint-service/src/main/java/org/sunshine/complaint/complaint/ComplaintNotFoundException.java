package org.sunshine.complaint.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No complaint with that number opens with that code: the same answer whether the number exists or not. */
class ComplaintNotFoundException extends ErrorResponseException {

	ComplaintNotFoundException() {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "problem.complaint-not-found",
				null);
	}

}
