package org.sunshine.defaults.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One link of the append-only chain: {@code hash} covers this entry's content and the previous
 * entry's hash, so changing or removing an entry breaks every later link.
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id long sequence, Instant at, String actor, String roles, String action, String target,
		String outcome, String requestId, Map<String, String> detail, String previousHash, String hash) {

	static final String COLLECTION = "audit_trail";

	/** The hash the chain stores before the first entry. */
	static final String GENESIS = "0".repeat(64);

	static AuditEntry link(long sequence, Instant at, AuditEvent event, String previousHash) {
		AuditEntry unsealed = new AuditEntry(sequence, at, event.actor(), event.roles(), event.action(), event.target(),
				event.outcome(), event.requestId(), event.detail(), previousHash, null);
		return unsealed.withHash(ChainHash.of(unsealed));
	}

	AuditEntry withHash(String hash) {
		return new AuditEntry(this.sequence, this.at, this.actor, this.roles, this.action, this.target, this.outcome,
				this.requestId, this.detail, this.previousHash, hash);
	}

	/** The fields the hash covers, in a fixed order and spelling (sorted detail keys). */
	String canonical() {
		StringBuilder text = new StringBuilder();
		field(text, Long.toString(this.sequence));
		field(text, (this.at != null) ? this.at.toString() : null);
		field(text, this.actor);
		field(text, this.roles);
		field(text, this.action);
		field(text, this.target);
		field(text, this.outcome);
		field(text, this.requestId);
		new TreeMap<>((this.detail != null) ? this.detail : Map.<String, String>of())
			.forEach((key, value) -> field(field(text, key), value));
		field(text, this.previousHash);
		return text.toString();
	}

	// Length-prefixed, so no choice of values can make two different entries read the same.
	private static StringBuilder field(StringBuilder text, String value) {
		if (value == null) {
			return text.append("-1:");
		}
		return text.append(value.length()).append(':').append(value);
	}

}
