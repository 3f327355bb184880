package org.sunshine.sms.smpp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One accepted submit_sm as the SMSC saw it.
 *
 * @param messageId the id returned in submit_sm_resp
 * @param sourceAddress the sender number
 * @param destination the recipient number
 * @param dataCoding 8 for UCS2
 * @param esmClass 0x40 set when the payload starts with a UDH
 * @param priorityFlag 1 for urgent
 * @param payload the raw short_message
 * @param receivedAt when it arrived
 */
public record ReceivedMessage(String messageId, String sourceAddress, String destination, byte dataCoding,
		byte esmClass, byte priorityFlag, byte[] payload, Instant receivedAt) {

	public boolean concatenated() {
		return (this.esmClass & 0x40) != 0 && this.payload.length > 5 && this.payload[1] == 0x00;
	}

	public int reference() {
		return concatenated() ? (this.payload[3] & 0xFF) : 0;
	}

	public int total() {
		return concatenated() ? (this.payload[4] & 0xFF) : 1;
	}

	public int sequence() {
		return concatenated() ? (this.payload[5] & 0xFF) : 1;
	}

	/** The segment's text, UDH removed, decoded by its data_coding. */
	public String text() {
		int offset = ((this.esmClass & 0x40) != 0) ? (this.payload[0] & 0xFF) + 1 : 0;
		return new String(this.payload, offset, this.payload.length - offset,
				(this.dataCoding == 8) ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
	}

}
