package org.sunshine.sms.template;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An SMS template (短信模板), kept as data so ADMIN can edit it without a release. Every edit raises
 * {@code version} and pushes the replaced text onto {@code history} in the same atomic write; each
 * message records the version it was rendered from.
 *
 * @param code stable name callers use, e.g. {@code COMPLAINT_RECEIVED}
 * @param version 1 for the seeded text, +1 per edit
 * @param body text with named placeholders, starting with the signature, e.g. 【阳光税务】
 * @param kind what the template is for (limits differ)
 * @param essential whether it is sent even to a recipient on the opt-out list
 * @param dailyCap most messages of this template per day across all recipients, {@code null} for none
 * @param description what the template is for, for staff
 * @param updatedAt when this version was written
 * @param updatedBy who wrote it ({@code seed} for the shipped text)
 * @param history earlier versions, oldest first
 */
@Document(SmsTemplate.COLLECTION)
public record SmsTemplate(@Id String code, int version, String body, TemplateKind kind, boolean essential,
		Integer dailyCap, String description, Instant updatedAt, String updatedBy, List<Revision> history) {

	public static final String COLLECTION = "sms_templates";

	public SmsTemplate {
		history = (history != null) ? List.copyOf(history) : List.of();
	}

	/** A replaced version of a template. */
	public record Revision(int version, String body, boolean essential, Integer dailyCap, Instant updatedAt,
			String updatedBy) {

		static Revision of(SmsTemplate template) {
			return new Revision(template.version(), template.body(), template.essential(), template.dailyCap(),
					template.updatedAt(), template.updatedBy());
		}

	}

}
