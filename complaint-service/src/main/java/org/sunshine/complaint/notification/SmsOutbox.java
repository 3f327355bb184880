package org.sunshine.complaint.notification;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.bson.Document;

/**
 * The shape of a pending SMS inside the document whose change caused it (the {@code outbox} array of a
 * complaint or a warning), written in the same insert or update as that change. The relay sends each
 * entry once, with its {@code id} as the idempotency key, then pulls it out.
 *
 * <p>{@code recipient} is always a phone sealed by {@code PersonalDataCipher}; the relay opens it just
 * before sending. {@code attempts}, {@code nextAttemptAt} and {@code lastError} are added by the relay
 * while a transient failure is retried.
 */
public final class SmsOutbox {

	/** The array holding the entries. */
	public static final String FIELD = "outbox";

	static final String ID = "id";

	static final String TEMPLATE = "template";

	static final String RECIPIENT = "recipient";

	static final String PARAMS = "params";

	static final String PRIORITY = "priority";

	static final String CREATED_AT = "createdAt";

	static final String ATTEMPTS = "attempts";

	static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

	static final String LAST_ERROR = "lastError";

	/** sms-service priorities. */
	public enum Priority {

		URGENT, NORMAL, BULK

	}

	private SmsOutbox() {
	}

	/** A new entry with a fresh id. {@code sealedPhone} must already be sealed: no phone is stored in clear. */
	public static Document entry(String template, String sealedPhone, Map<String, String> params, Priority priority,
			Instant createdAt) {
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(sealedPhone, "sealedPhone");
		return new Document(ID, UUID.randomUUID().toString()).append(TEMPLATE, template)
			.append(RECIPIENT, sealedPhone)
			.append(PARAMS, new Document(Map.copyOf(params)))
			.append(PRIORITY, priority.name())
			.append(CREATED_AT, Date.from(createdAt));
	}

}
