package org.sunshine.disclosure.review;

import java.util.Locale;

import org.sunshine.disclosure.review.Workflow.Denial;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 403: the actor's role does not allow the step, or the actor wrote or already reviewed the version. */
public class ReviewDeniedException extends ErrorResponseException {

	ReviewDeniedException(ItemKind kind, String itemId, Denial why) {
		super(HttpStatus.FORBIDDEN, body(why), null,
				"problem.denied." + why.name().toLowerCase(Locale.ROOT).replace('_', '-'),
				new Object[] { Labels.of(kind), itemId });
	}

	private static ProblemDetail body(Denial why) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
		problem.setProperty("denial", why.name());
		return problem;
	}

}
