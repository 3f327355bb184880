package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.util.List;

import org.sunshine.complaint.deadline.DeadlineRule;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A complaint and everything about its handling, in one document so each step is one atomic write.
 *
 * @param id internal id
 * @param trackingNumber the number the complainant follows it by (unique, not sequential)
 * @param type what it is about
 * @param subject one line
 * @param content the complaint itself
 * @param department code of the department complained about, if named
 * @param powerCode code of the power item complained about, if named
 * @param complainant who filed it, sealed; {@code null} when anonymous
 * @param channel how it arrived
 * @param receivedAt when it was received; the deadline runs from here
 * @param replyRule the reply limit in force when it was received
 * @param dueAt end of the reply limit
 * @param status where it stands
 * @param accessCodeHash SHA-256 of the access code shown once to the complainant
 * @param timeline every step: who, when, what
 * @param idempotency the request that created it, so a retried request gets the same answer
 * @param version optimistic-concurrency version
 */
@Document("complaints")
record Complaint(@Id String id, @Indexed(unique = true) String trackingNumber, ComplaintType type, String subject,
		String content, String department, String powerCode, SealedComplainant complainant, Channel channel,
		Instant receivedAt, DeadlineRule replyRule, Instant dueAt, ComplaintStatus status, String accessCodeHash,
		List<TimelineEntry> timeline, Idempotency idempotency, @Version Long version) {

	/**
	 * Personal data, each field sealed by the personal-data cipher; only the masked phone is plain.
	 */
	record SealedComplainant(String name, String phone, String idNumber, String phoneMasked) {
	}

	/** One step of the handling. {@code actor} is a staff user name, or PUBLIC for the complainant. */
	record TimelineEntry(Instant at, String action, String actor, String note) {
	}

	/**
	 * @param key the client's Idempotency-Key (unique: one key, one complaint)
	 * @param requestHash SHA-256 of the request, to tell a retry from a different request
	 * @param sealedAccessCode the access code, sealed, so a retry can be answered with the same code
	 */
	record Idempotency(@Indexed(unique = true, sparse = true) String key, String requestHash,
			String sealedAccessCode) {
	}

}
