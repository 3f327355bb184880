package org.sunshine.disclosure.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer resumes after {@code next}: the last settled sequence it got, or where it asked when
 * nothing has settled, so a change still in flight below a visible one is never stepped over.
 */
class FeedViewTest {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final Duration SETTLE = Duration.ofSeconds(5);

	private static final Instant SETTLED = NOW.minus(SETTLE).minusSeconds(1);

	@Test
	void shouldPointNextAtTheLastSequenceWhenAllChangesHaveSettled() {
		FeedView<String> feed = FeedView.of(List.of(change(41, SETTLED), change(42, SETTLED), change(47, SETTLED)),
				40, NOW, SETTLE);

		assertThat(feed.next()).isEqualTo(47);
		assertThat(feed.items()).extracting(ChangeView::sequence).containsExactly(41L, 42L, 47L);
	}

	@Test
	void shouldStopNextBeforeTheFirstChangeThatHasNotSettledWhileStillDeliveringIt() {
		FeedView<String> feed = FeedView.of(List.of(change(41, SETTLED), change(43, NOW), change(44, SETTLED)), 40,
				NOW, SETTLE);

		assertThat(feed.next()).isEqualTo(41);
		assertThat(feed.items()).extracting(ChangeView::sequence).containsExactly(41L, 43L, 44L);
	}

	@Test
	void shouldKeepNextAtAfterWhenNothingIsNew() {
		FeedView<String> feed = FeedView.of(List.of(), 66, NOW, SETTLE);

		assertThat(feed.next()).isEqualTo(66);
		assertThat(feed.items()).isEmpty();
	}

	private static ChangeView<String> change(long sequence, Instant changedAt) {
		return new ChangeView<>(sequence, "p-" + sequence, 1, PublicationStatus.PUBLISHED, changedAt,
				"document " + sequence);
	}

}
