package org.sunshine.disclosure.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 409: another request changed the same version between our read and our guarded write. */
public class ConcurrentChangeException extends ErrorResponseException {

	ConcurrentChangeException(ItemKind kind, String itemId) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, "problem.concurrent-change",
				new Object[] { Labels.of(kind), itemId });
	}

}
