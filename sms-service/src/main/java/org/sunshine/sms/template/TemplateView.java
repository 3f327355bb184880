package org.sunshine.sms.template;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A template as staff see it, with its placeholder names and earlier versions. */
record TemplateView(String code, int version, String body, Set<String> parameters, TemplateKind kind,
		boolean essential, Integer dailyCap, String description, Instant updatedAt, String updatedBy,
		List<SmsTemplate.Revision> history) {

	static TemplateView of(SmsTemplate template) {
		return new TemplateView(template.code(), template.version(), template.body(),
				TemplateRenderer.placeholders(template.body()), template.kind(), template.essential(),
				template.dailyCap(), template.description(), template.updatedAt(), template.updatedBy(),
				template.history());
	}

}
