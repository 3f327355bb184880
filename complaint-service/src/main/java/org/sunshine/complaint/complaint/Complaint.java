package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.util.List;

import org.sunshine.complaint.deadline.DeadlineRule;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A complaint and everything about its handling, in one document so each step (with its SMS outbox
 * entries) is one atomic write.
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
 * @param dueAt the current end of the reply limit (moved when a suspension ends or on reopening)
 * @param status where it stands
 * @param accessCodeHash SHA-256 of the access code shown once to the complainant
 * @param timeline every step: who, when, what
 * @param idempotency the request that created it, so a retried request gets the same answer
 * @param assignedDepartment the department handling it (转办), once assigned
 * @param handler the staff user name of the handler (承办人), once assigned
 * @param acceptDueAt end of the one-working-day limit for accepting or rejecting it
 * @param acceptedAt when it was accepted
 * @param suspendedAt non-null while the clock is stopped waiting for the complainant (补正)
 * @param suspensions every stop of the clock, for showing and for statistics
 * @param outbox SMS waiting for the relay, written with the state change that caused them
 * @param replies every reply (答复); more than one after a reopening
 * @param ratings the complainant's satisfaction ratings, at most one per reply
 * @param reopenCount how often a dissatisfied complainant reopened it (at most once)
 * @param supplements information the complainant added
 * @param closedAt when it was closed, rejected or withdrawn
 * @param identityAccess every time staff unsealed a real-name complainant's identity
 * @param requests Idempotency-Keys of the workflow requests already applied
 * @param accessFailures wrong access codes since the last lock
 * @param accessLockedUntil wrong codes were too many: the number opens with no code until then
 * @param version optimistic-concurrency version
 */
@Document("complaints")
record Complaint(@Id String id, @Indexed(unique = true) String trackingNumber, ComplaintType type, String subject,
		String content, String department, String powerCode, SealedComplainant complainant, Channel channel,
		Instant receivedAt, DeadlineRule replyRule, Instant dueAt, ComplaintStatus status, String accessCodeHash,
		List<TimelineEntry> timeline, Idempotency idempotency, String assignedDepartment, String handler,
		Instant acceptDueAt, Instant acceptedAt, Instant suspendedAt, List<Suspension> suspensions,
		List<OutboxEntry> outbox, List<Reply> replies, List<Rating> ratings, int reopenCount,
		List<Supplement> supplements, Instant closedAt, List<IdentityAccess> identityAccess,
		List<AppliedRequest> requests, int accessFailures, Instant accessLockedUntil, @Version Long version) {

	Complaint {
		// Documents written before the workflow existed have none of its lists.
		timeline = orEmpty(timeline);
		suspensions = orEmpty(suspensions);
		outbox = orEmpty(outbox);
		replies = orEmpty(replies);
		ratings = orEmpty(ratings);
		supplements = orEmpty(supplements);
		identityAccess = orEmpty(identityAccess);
		requests = orEmpty(requests);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	boolean isSuspended() {
		return this.suspendedAt != null;
	}

	/** The latest reply, or {@code null}. */
	Reply lastReply() {
		return this.replies.isEmpty() ? null : this.replies.get(this.replies.size() - 1);
	}

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

	/** A stop of the clock (补正): from when, until when ({@code null} while it lasts), why, by whom. */
	record Suspension(Instant from, Instant until, String reason, String by) {
	}

	/** A reply; {@code onTime} compares it with the deadline in force when it was given. */
	record Reply(String text, Instant at, String by, Instant dueAt, boolean onTime) {
	}

	/** A satisfaction rating (满意度) of the latest reply. */
	record Rating(SatisfactionGrade grade, String comment, Instant at) {
	}

	/** Information the complainant added. */
	record Supplement(String text, Instant at) {
	}

	/** Staff saw the identity of a real-name complainant: who, with which roles, when and why. */
	record IdentityAccess(Instant at, String actor, List<String> roles, String department, String reason) {
	}

	/** A workflow request already applied, so its retry answers without applying it twice. */
	record AppliedRequest(String key, String requestHash) {
	}

}
