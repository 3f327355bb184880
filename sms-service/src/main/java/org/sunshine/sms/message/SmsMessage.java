package org.sunshine.sms.message;

import java.time.Instant;
import java.util.List;

import org.sunshine.sms.smpp.DeliveryReport;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One SMS to one recipient: the request, its delivery state and everything a retry needs, in one
 * document so each state change is one atomic write. The number and the text are stored encrypted,
 * the number also as a keyed hash (for limits) and masked (for staff).
 *
 * @param id message id
 * @param idempotencyKey the caller's key (unique index): the same key never sends twice
 * @param fingerprint keyed hash of template, parameters, number and priority, to tell a retry from a clash
 * @param caller the calling service or user (token subject)
 * @param templateCode template used
 * @param templateVersion its version at rendering
 * @param priority how soon it must go
 * @param priorityRank {@link Priority#rank()}, the claim's sort key
 * @param recipientHash keyed hash of the national number
 * @param recipientMasked e.g. {@code 138****5678}
 * @param recipientSealed the number, encrypted
 * @param textSealed the rendered text, encrypted
 * @param segments how many short messages the text takes
 * @param status where it is
 * @param attempts send attempts started so far (as of its last state change; the {@link SendQueue} entry counts them)
 * @param createdAt when accepted
 * @param notBefore earliest next send (quiet hours, retry backoff)
 * @param providerIds SMSC message ids of the segments submitted so far, in segment order
 * @param receipts delivery receipts received
 * @param submittedAt when the last segment was accepted
 * @param finishedAt when it reached a final status
 * @param lastError the last retryable error
 * @param failureReason why it FAILED or EXPIRED
 */
@Document(SmsMessage.COLLECTION)
public record SmsMessage(@Id String id, String idempotencyKey, String fingerprint, String caller, String templateCode,
		int templateVersion, Priority priority, int priorityRank, String recipientHash, String recipientMasked,
		String recipientSealed, String textSealed, int segments, MessageStatus status, int attempts, Instant createdAt,
		Instant notBefore, List<String> providerIds, List<Receipt> receipts,
		Instant submittedAt, Instant finishedAt, String lastError, String failureReason) {

	public static final String COLLECTION = "sms_messages";

	public SmsMessage {
		providerIds = (providerIds != null) ? List.copyOf(providerIds) : List.of();
		receipts = (receipts != null) ? List.copyOf(receipts) : List.of();
	}

	/**
	 * A delivery receipt for one segment.
	 *
	 * @param providerId the segment's SMSC message id
	 * @param outcome DELIVERED, EXPIRED or FAILED
	 * @param stat the receipt's raw stat
	 * @param error the receipt's err code
	 */
	public record Receipt(String providerId, DeliveryReport.Outcome outcome, String stat, String error) {

	}

}
