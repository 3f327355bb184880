package org.sunshine.sms.template;

/** One entry of {@code templates.yml}. */
record TemplateSeed(String code, String body, TemplateKind kind, boolean essential, Integer dailyCap,
		String description) {

}
