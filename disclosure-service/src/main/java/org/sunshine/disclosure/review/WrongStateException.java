package org.sunshine.disclosure.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 409: the transition is not possible in the item's current state, which the problem names. */
public class WrongStateException extends ErrorResponseException {

	WrongStateException(ItemKind kind, String itemId, VersionState current, String action) {
		super(HttpStatus.CONFLICT, body(current), null, "problem.wrong-state",
				new Object[] { Labels.of(kind), itemId, Labels.of(current), Labels.action(action) });
	}

	private static ProblemDetail body(VersionState current) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setProperty("state", (current != null) ? current.name() : "NONE");
		return problem;
	}

}
