package org.sunshine.sms.smpp;

/**
 * A mobile-originated SMS (a reply to our sender number), as deliver_sm brought it.
 *
 * @param source the sender's number as the SMSC wrote it (often with 86 in front)
 * @param text the decoded text
 */
public record InboundSms(String source, String text) {

	@Override
	public String toString() {
		return "InboundSms[" + this.text.length() + " chars]";
	}

}
