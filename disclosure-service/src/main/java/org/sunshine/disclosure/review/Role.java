package org.sunshine.disclosure.review;

/** Staff roles that take part in publication, as carried by the token ({@code ROLE_<name>}). */
public enum Role {

	ADMIN, EDITOR, REVIEWER, SECRECY_REVIEWER

}
