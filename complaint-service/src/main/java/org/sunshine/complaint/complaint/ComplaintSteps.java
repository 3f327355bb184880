package org.sunshine.complaint.complaint;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.complaint.complaint.Complaint.AppliedRequest;
import org.sunshine.complaint.privacy.PersonalDataCipher;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Applies one workflow step to a complaint the caller may act on: replays a retried Idempotency-Key,
 * refuses a stale If-Match (412), and writes the step conditionally on the version read (409 if
 * someone was faster).
 */
@Component
class ComplaintSteps {

	private static final Logger log = LoggerFactory.getLogger(ComplaintSteps.class);

	private final ComplaintStore store;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	ComplaintSteps(ComplaintStore store, PersonalDataCipher cipher, JsonMapper json) {
		this.store = store;
		this.cipher = cipher;
		this.json = json;
	}

	/** The request's key and a keyed fingerprint of action and body (the body may hold personal data). */
	StepRequest request(String idempotencyKey, String action, Object body, String ifMatch) {
		String fingerprint = null;
		if (idempotencyKey != null) {
			String canonical = action + ":"
					+ ((body != null) ? new String(this.json.writeValueAsBytes(body), StandardCharsets.UTF_8) : "");
			fingerprint = this.cipher.fingerprint(canonical);
		}
		return new StepRequest(idempotencyKey, fingerprint, StepRequest.parseIfMatch(ifMatch));
	}

	Mono<Complaint> apply(Complaint before, String action, String actor, StepRequest request,
			UnaryOperator<Complaint> step) {
		return Mono.defer(() -> {
			if (request.key() != null) {
				for (AppliedRequest applied : before.requests()) {
					if (applied.key().equals(request.key())) {
						if (!applied.requestHash().equals(request.fingerprint())) {
							return Mono.error(new IdempotencyKeyReusedException());
						}
						return Mono.just(before);
					}
				}
			}
			if (request.ifMatch() != null && !request.ifMatch().equals(before.version())) {
				return Mono.error(WorkflowException.versionMismatch(before.version()));
			}
			Complaint after = step.apply(before);
			AppliedRequest applied = (request.key() != null) ? new AppliedRequest(request.key(), request.fingerprint())
					: null;
			return this.store.write(before, after, applied)
				.switchIfEmpty(Mono.error(WorkflowException::changedMeanwhile))
				.doOnNext((written) -> log.info("Complaint {}: {} by {} ({} → {})", written.trackingNumber(), action,
						actor, before.status(), written.status()));
		});
	}

}
