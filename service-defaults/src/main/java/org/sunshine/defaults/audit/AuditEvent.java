package org.sunshine.defaults.audit;

import java.util.Map;

/**
 * Something a person or service did that must be answerable later: who ({@code actor}, with the
 * roles the token carried), what ({@code action}, e.g. {@code "POST /api/complaints/{n}/reply"} or
 * {@code "complaint.identity.read"}), to what ({@code target}), and how it ended ({@code outcome}).
 * {@code detail} holds extra facts; never personal data itself, only that it was read.
 */
public record AuditEvent(String actor, String roles, String action, String target, String outcome,
		String requestId, Map<String, String> detail) {

	public AuditEvent {
		detail = (detail != null) ? Map.copyOf(detail) : Map.of();
	}

}
