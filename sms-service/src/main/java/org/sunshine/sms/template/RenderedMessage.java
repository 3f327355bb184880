package org.sunshine.sms.template;

/**
 * A template filled with a caller's parameters.
 *
 * @param templateCode the template's code
 * @param templateVersion the version the text came from
 * @param kind what the template is for
 * @param essential sent even to recipients who opted out
 * @param dailyCap the template's daily cap, {@code null} for none
 * @param text the message as the recipient reads it
 */
public record RenderedMessage(String templateCode, int templateVersion, TemplateKind kind, boolean essential,
		Integer dailyCap, String text) {

}
