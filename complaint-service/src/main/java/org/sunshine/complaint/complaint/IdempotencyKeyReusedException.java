package org.sunshine.complaint.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The same Idempotency-Key was sent with a different request body. */
class IdempotencyKeyReusedException extends ErrorResponseException {

	IdempotencyKeyReusedException() {
		super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT), null,
				"problem.idempotency-key-reused", null);
	}

}
