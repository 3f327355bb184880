package org.sunshine.disclosure.feed;

import java.util.List;

/**
 * A slice of the change feed.
 *
 * @param items changes in sequence order
 * @param next the sequence to ask after next time ({@code after} itself when nothing is new)
 */
public record FeedView<T>(List<ChangeView<T>> items, long next) {

	public static <T> FeedView<T> of(List<ChangeView<T>> items, long after) {
		return new FeedView<>(items, items.isEmpty() ? after : items.get(items.size() - 1).sequence());
	}

}
