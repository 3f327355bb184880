package org.sunshine.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;

/**
 * Complaint documents written straight into {@code complaints} with the field names of the contract between
 * the workflow and the warnings/SMS relay, as the workflow stores them; warnings and the relay read only these
 * raw fields. Tracking numbers start with {@link #PREFIX}, so a test can remove what it wrote.
 */
public final class RawComplaintFixture {

	public static final String COLLECTION = "complaints";

	public static final String PREFIX = "TW";

	private final Document document;

	private RawComplaintFixture(Document document) {
		this.document = document;
	}

	/** An open complaint assigned to {@code handler} of {@code department}, due at {@code dueAt}. */
	public static RawComplaintFixture assigned(String department, String handler, Instant receivedAt, Instant dueAt) {
		return received(receivedAt, dueAt).set("status", "ASSIGNED")
			.set("assignedDepartment", department)
			.set("handler", handler)
			.set("acceptedAt", Date.from(receivedAt));
	}

	/** A complaint received and neither accepted nor rejected yet. */
	public static RawComplaintFixture received(Instant receivedAt, Instant dueAt) {
		String trackingNumber = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36)
			.toUpperCase();
		Document document = new Document("trackingNumber", trackingNumber).append("type", "CONDUCT")
			.append("subject", "测试投诉")
			.append("content", "用于预警测试的投诉内容。")
			.append("channel", "ONLINE")
			.append("receivedAt", Date.from(receivedAt))
			.append("replyRule", new Document("days", 5).append("unit", "WORKING"))
			.append("dueAt", Date.from(dueAt))
			.append("status", "RECEIVED")
			.append("assignedDepartment", null)
			.append("handler", null)
			.append("acceptedAt", null)
			.append("suspendedAt", null)
			.append("timeline", List.of())
			.append("idempotency", new Document("key", "raw-" + UUID.randomUUID()))
			.append("outbox", new ArrayList<>())
			.append("version", 0L);
		return new RawComplaintFixture(document);
	}

	public RawComplaintFixture set(String field, Object value) {
		this.document.put(field, (value instanceof Instant instant) ? Date.from(instant) : value);
		return this;
	}

	/** Appends an outbox entry shaped as in the contract; {@code sealedPhone} is sealed by PersonalDataCipher. */
	public RawComplaintFixture outbox(String id, String template, String sealedPhone, Map<String, String> params,
			String priority, Instant createdAt) {
		this.document.getList("outbox", Document.class)
			.add(new Document("id", id).append("template", template)
				.append("recipient", sealedPhone)
				.append("params", new Document(params))
				.append("priority", priority)
				.append("createdAt", Date.from(createdAt)));
		return this;
	}

	public String trackingNumber() {
		return this.document.getString("trackingNumber");
	}

	public Document document() {
		return this.document;
	}

}
