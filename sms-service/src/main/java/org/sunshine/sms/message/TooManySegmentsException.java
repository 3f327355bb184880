package org.sunshine.sms.message;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The rendered text would take more segments than allowed. */
class TooManySegmentsException extends ErrorResponseException {

	TooManySegmentsException(int segments, int max) {
		super(HttpStatus.BAD_REQUEST, problem(segments, max), null, null, new Object[] { segments, max });
	}

	private static ProblemDetail problem(int segments, int max) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setProperty("segments", segments);
		problem.setProperty("maxSegments", max);
		return problem;
	}

}
