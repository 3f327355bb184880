package org.sunshine.disclosure.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A slice of the change feed.
 *
 * <p>A sequence number is drawn just before its document is written, so two publications in flight
 * can land out of order: n+1 visible while n is still being written. {@code next} therefore stops
 * before the first change younger than a settling time (5 s by default): a consumer that resumes from {@code next}
 * reads the youngest changes once more (harmless, changes carry versions) and cannot step over one
 * that was still in flight.
 *
 * @param items changes in sequence order
 * @param next the sequence to ask after next time ({@code after} itself when nothing has settled)
 */
public record FeedView<T>(List<ChangeView<T>> items, long next) {

	static <T> FeedView<T> of(List<ChangeView<T>> items, long after, Instant now, Duration settle) {
		long next = after;
		Instant horizon = now.minus(settle);
		for (ChangeView<T> item : items) {
			if (item.changedAt().isAfter(horizon)) {
				break;
			}
			next = item.sequence();
		}
		return new FeedView<>(items, next);
	}

}
