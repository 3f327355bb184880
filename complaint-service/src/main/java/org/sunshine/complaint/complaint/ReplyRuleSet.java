package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.sunshine.complaint.deadline.DeadlineRule;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of the time limits, as data an ADMIN edits: a new version applies to complaints received
 * from then on, and each complaint keeps a copy of the rule it was received under. Version 0 is the
 * configured default, never stored.
 *
 * @param version 1, 2, … (unique: two admins saving at once cannot both make version n)
 * @param reply the reply limit per complaint type; a missing type gets five working days
 * @param acceptance the limit for accepting or rejecting (one working day by default)
 */
@Document("reply_rules")
record ReplyRuleSet(@Id String id, @Indexed(unique = true) int version, Map<ComplaintType, DeadlineRule> reply,
		DeadlineRule acceptance, Instant changedAt, String changedBy, String note) {

	static final DeadlineRule ONE_WORKING_DAY = DeadlineRule.workingDays(1);

	ReplyRuleSet {
		reply = (reply != null && !reply.isEmpty()) ? new EnumMap<>(reply) : new EnumMap<>(ComplaintType.class);
		acceptance = (acceptance != null) ? acceptance : ONE_WORKING_DAY;
	}

	DeadlineRule replyFor(ComplaintType type) {
		return this.reply.getOrDefault(type, ReplyDeadlineProperties.ONE_WEEK);
	}

}
