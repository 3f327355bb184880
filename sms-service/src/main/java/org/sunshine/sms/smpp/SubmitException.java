package org.sunshine.sms.smpp;

/** A segment the SMSC did not accept; {@code retryable} tells a congested or broken link from a bad message. */
public class SubmitException extends Exception {

	private final boolean retryable;

	SubmitException(boolean retryable, String reason) {
		super(reason);
		this.retryable = retryable;
	}

	SubmitException(boolean retryable, String reason, Throwable cause) {
		super(reason, cause);
		this.retryable = retryable;
	}

	public boolean retryable() {
		return this.retryable;
	}

}
