package org.sunshine.disclosure.review;

/** A reviewer's decision. */
public enum Decision {

	APPROVE, RETURN

}
