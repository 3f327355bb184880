package org.sunshine.search.index;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The engine is starting or unreachable: the client may retry later. */
public class SearchEngineUnavailableException extends ErrorResponseException {

	public SearchEngineUnavailableException(String reason) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null, "search.unavailable", new Object[] { reason });
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
		// Spring 7 leaves the type unset; "about:blank" is what RFC 9457 implies then.
		problem.setType(URI.create("about:blank"));
		problem.setTitle("Search is not available");
		problem.setDetail("The search engine is not ready; try again shortly.");
		return problem;
	}
}
