package org.sunshine.sms.limit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A per-recipient or per-template limit is reached; nothing was queued. */
public class LimitExceededException extends ErrorResponseException {

	LimitExceededException(String limit, int max) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(limit, max), null, null, new Object[] { limit, max });
	}

	private static ProblemDetail problem(String limit, int max) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
		problem.setProperty("limit", limit);
		problem.setProperty("max", max);
		return problem;
	}

}
