package org.sunshine.sms.smpp;

/**
 * A delivery receipt from the SMSC for one submitted segment.
 *
 * @param providerId the message id the SMSC returned in submit_sm_resp
 * @param outcome what happened to the segment
 * @param stat the receipt's raw {@code stat:} value (DELIVRD, UNDELIV, …)
 * @param error the receipt's {@code err:} value, network specific
 */
public record DeliveryReport(String providerId, Outcome outcome, String stat, String error) {

	/** A receipt's final state reduced to what a message's status needs. */
	public enum Outcome {

		DELIVERED, EXPIRED, FAILED,

		/** ENROUTE or ACCEPTD: not final, nothing to record. */
		PENDING

	}

}
