package org.sunshine.sms.message;

import java.time.Instant;

/** A message as staff see it: masked number, no text (it may hold a code or a tracking number). */
record MessageView(String id, String templateCode, int templateVersion, Priority priority, String phone,
		MessageStatus status, int attempts, int segments, Instant createdAt, Instant notBefore, Instant submittedAt,
		Instant finishedAt, String lastError, String failureReason, String caller) {

	static MessageView of(SmsMessage message) {
		return new MessageView(message.id(), message.templateCode(), message.templateVersion(), message.priority(),
				message.recipientMasked(), message.status(), message.attempts(), message.segments(), message.createdAt(),
				message.notBefore(), message.submittedAt(), message.finishedAt(), message.lastError(),
				message.failureReason(), message.caller());
	}

}
