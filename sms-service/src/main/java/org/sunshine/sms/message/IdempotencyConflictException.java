package org.sunshine.sms.message;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The idempotency key was used before for a different message: a caller bug, never a resend. */
class IdempotencyConflictException extends ErrorResponseException {

	IdempotencyConflictException(String key, String existingId) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(existingId), null, null, new Object[] { key });
	}

	private static ProblemDetail problem(String existingId) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setProperty("existingMessageId", existingId);
		return problem;
	}

}
