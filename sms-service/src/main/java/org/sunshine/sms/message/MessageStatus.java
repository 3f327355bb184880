package org.sunshine.sms.message;

/** Where a message is: QUEUED → SENDING → SUBMITTED → DELIVERED / FAILED / EXPIRED. */
public enum MessageStatus {

	/**
	 * Accepted, waiting for its turn (or for the end of quiet hours, or a retry's backoff), or taken by a
	 * sender that has not had a segment accepted yet.
	 */
	QUEUED,

	/** Segments being submitted by the one sender whose lease (on its queue entry) keeps the others away. */
	SENDING,

	/** Every segment accepted by the SMSC; waiting for delivery receipts. */
	SUBMITTED,

	/** Every segment's receipt says delivered. */
	DELIVERED,

	/** Rejected for good (by the SMSC, a receipt, or after the last retry); the reason is recorded. */
	FAILED,

	/** A receipt said expired, or none came in time. */
	EXPIRED;

	public boolean isFinal() {
		return this == DELIVERED || this == FAILED || this == EXPIRED;
	}

}
