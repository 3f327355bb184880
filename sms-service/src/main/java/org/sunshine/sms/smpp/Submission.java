package org.sunshine.sms.smpp;

/**
 * One submit_sm: a segment's payload for one recipient.
 *
 * @param destination the national mobile number
 * @param payload UCS2 bytes, prefixed with a UDH when {@code udh}
 * @param udh whether the payload starts with a user data header (concatenated message)
 * @param urgent sent with priority_flag 1
 */
public record Submission(String destination, byte[] payload, boolean udh, boolean urgent) {

	@Override
	public String toString() {
		return "Submission[" + this.payload.length + " bytes" + (this.udh ? ", udh" : "") + "]";
	}

}
