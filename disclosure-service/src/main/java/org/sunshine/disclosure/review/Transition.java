package org.sunshine.disclosure.review;

/** What an entry of the append-only history records. */
public enum Transition {

	CREATE, EDIT, SUBMIT, REVIEW_APPROVE, REVIEW_RETURN, SECRECY_APPROVE, SECRECY_RETURN, PUBLISH, AMEND, REPEAL,
	IMPORT

}
