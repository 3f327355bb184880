package org.sunshine.sms.message;

/** How soon a message must go; the sender always takes URGENT before NORMAL before BULK. */
public enum Priority {

	/** RED warnings and codes: sent at once, even in quiet hours. */
	URGENT(0),

	NORMAL(1),

	/** Mass notices: last in line. */
	BULK(2);

	private final int rank;

	Priority(int rank) {
		this.rank = rank;
	}

	/** Sort key: lower goes first. */
	public int rank() {
		return this.rank;
	}

}
