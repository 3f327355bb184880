package org.sunshine.disclosure.feed;

/** Where a published item stands for the public. */
public enum PublicationStatus {

	/** In force and shown. */
	PUBLISHED,
	/** Withdrawn (废止): still readable, marked, never deleted. */
	REPEALED

}
