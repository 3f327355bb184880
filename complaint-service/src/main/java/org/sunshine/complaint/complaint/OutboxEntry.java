package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.mongodb.core.mapping.Field;

/**
 * An SMS waiting for the relay, embedded in the complaint and written in the same update as the state
 * change that caused it. Field names are a contract with the relay, which reads them raw.
 *
 * @param id random UUID, also the sms-service idempotency key; stored as {@code id}, not {@code _id}
 *        (a nested property named id would otherwise become {@code _id}, and the relay reads raw names)
 * @param template sms-service template, e.g. COMPLAINT_RECEIVED
 * @param recipient the phone number, sealed by the personal-data cipher
 * @param params template parameters (trackingNumber, dueDate)
 * @param priority NORMAL, URGENT or BULK
 * @param createdAt when it was queued
 */
record OutboxEntry(@Field("id") String id, String template, String recipient, Map<String, String> params, String priority,
		Instant createdAt) {

	static final String RECEIVED = "COMPLAINT_RECEIVED";

	static final String REPLIED = "COMPLAINT_REPLIED";

}
