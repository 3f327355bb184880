package org.sunshine.complaint.complaint;

import java.util.EnumMap;
import java.util.Map;

import org.sunshine.complaint.deadline.DeadlineRule;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reply limit of each complaint type. A complaint keeps the rule in force when it was received.
 *
 * @param reply rule per type; a type without a rule gets five working days (one week)
 */
@ConfigurationProperties("complaint.deadline")
record ReplyDeadlineProperties(Map<ComplaintType, DeadlineRule> reply) {

	static final DeadlineRule ONE_WEEK = DeadlineRule.workingDays(5);

	ReplyDeadlineProperties {
		reply = (reply != null) ? new EnumMap<>(reply) : new EnumMap<>(ComplaintType.class);
	}

	DeadlineRule ruleFor(ComplaintType type) {
		return this.reply.getOrDefault(type, ONE_WEEK);
	}

}
