package org.sunshine.disclosure.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404: no version of the item exists (staff view), or no published version matches (public view). */
public class ItemNotFoundException extends ErrorResponseException {

	ItemNotFoundException(ItemKind kind, String itemId) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "problem.item-not-found",
				new Object[] { Labels.of(kind), itemId });
	}

	ItemNotFoundException(ItemKind kind, String itemId, String version) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
				"problem.version-not-found", new Object[] { Labels.of(kind), itemId, version });
	}

}
