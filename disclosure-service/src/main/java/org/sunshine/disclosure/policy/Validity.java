package org.sunshine.disclosure.policy;

import java.time.LocalDate;

import org.sunshine.disclosure.feed.PublicationStatus;

/** Whether a policy is in force on a given day. */
enum Validity {

	VALID, REPEALED;

	static Validity of(PublicationStatus status, PolicyContent content, LocalDate today) {
		boolean repealed = status == PublicationStatus.REPEALED
				|| (content.repealedOn() != null && !content.repealedOn().isAfter(today));
		return repealed ? REPEALED : VALID;
	}

}
