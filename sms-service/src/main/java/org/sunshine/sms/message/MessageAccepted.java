package org.sunshine.sms.message;

import java.time.Instant;

/**
 * The answer to a send request.
 *
 * @param id the message id
 * @param status its status now
 * @param segments short messages it takes
 * @param notBefore when it may go at the earliest (later than now in quiet hours)
 * @param duplicate true when the idempotency key was seen before and nothing new was queued
 */
record MessageAccepted(String id, MessageStatus status, int segments, Instant notBefore, boolean duplicate) {

	static MessageAccepted of(SmsMessage message, boolean duplicate) {
		return new MessageAccepted(message.id(), message.status(), message.segments(), message.notBefore(), duplicate);
	}

}
