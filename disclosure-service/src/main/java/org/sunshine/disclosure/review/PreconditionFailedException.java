package org.sunshine.disclosure.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 412: the version in work changed since the client read it (its If-Match no longer matches). */
public class PreconditionFailedException extends ErrorResponseException {

	PreconditionFailedException(ItemKind kind, String itemId, String currentEtag) {
		super(HttpStatus.PRECONDITION_FAILED, body(currentEtag), null, "problem.precondition-failed",
				new Object[] { Labels.of(kind), itemId });
		getHeaders().setETag(currentEtag);
	}

	private static ProblemDetail body(String currentEtag) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PRECONDITION_FAILED);
		problem.setProperty("etag", currentEtag);
		return problem;
	}

}
