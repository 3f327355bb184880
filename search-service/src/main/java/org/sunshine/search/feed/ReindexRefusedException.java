package org.sunshine.search.feed;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rebuild cannot start. */
abstract class ReindexRefusedException extends ErrorResponseException {

	ReindexRefusedException(HttpStatus status, String code, String detail, Object... arguments) {
		super(status, problem(status, detail), null, "search.reindex." + code, arguments);
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	/** Another rebuild of the same index is running in this instance. */
	static final class InProgress extends ReindexRefusedException {

		InProgress(String alias) {
			super(HttpStatus.CONFLICT, "in-progress", "A rebuild of " + alias + " is already running", alias);
		}
	}

	/** The type parameter names no index. */
	static final class UnknownType extends ReindexRefusedException {

		UnknownType(String type) {
			super(HttpStatus.BAD_REQUEST, "type", "type must be one of policy, power, all", "policy, power, all");
		}
	}
}
