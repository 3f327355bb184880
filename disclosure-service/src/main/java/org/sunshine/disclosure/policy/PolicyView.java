package org.sunshine.disclosure.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The public view of a policy document. */
record PolicyView(String id, @JsonUnwrapped PolicyContent content, Validity validity, int version,
		OffsetDateTime publishedAt) {

	static PolicyView of(Policy policy, Clock clock) {
		return new PolicyView(policy.id(), policy.content(), Validity.of(policy.status(), policy.content(), LocalDate.now(clock)),
				policy.version(), (policy.publishedAt() != null)
						? policy.publishedAt().atZone(clock.getZone()).toOffsetDateTime() : null);
	}

}
