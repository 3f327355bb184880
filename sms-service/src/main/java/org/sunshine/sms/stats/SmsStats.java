package org.sunshine.sms.stats;

import java.time.Instant;
import java.util.Map;

/**
 * Messages created in [from, to): totals and breakdowns.
 *
 * @param byStatus QUEUED, SUBMITTED, DELIVERED, …
 * @param byTemplate per template code
 * @param byPriority URGENT, NORMAL, BULK
 */
record SmsStats(Instant from, Instant to, long messages, long segments, Map<String, StatsRepository.Counts> byStatus,
		Map<String, StatsRepository.Counts> byTemplate, Map<String, StatsRepository.Counts> byPriority) {

}
