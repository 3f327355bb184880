package org.sunshine.complaint.warning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A warning is acknowledged once; the first acknowledgement stands. */
class WarningAlreadyAcknowledgedException extends ErrorResponseException {

	WarningAlreadyAcknowledgedException(String by) {
		super(HttpStatus.CONFLICT, problem(by), null, "problem.warning-already-acknowledged", new Object[] { by });
	}

	private static ProblemDetail problem(String by) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setProperty("acknowledgedBy", by);
		return problem;
	}

}
