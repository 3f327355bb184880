package org.sunshine.disclosure.feed;

import java.time.Clock;
import java.time.Duration;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Builds a {@link FeedSequence} outside Spring, for tests of other packages that run on a bare store. */
public final class FeedSequences {

	private FeedSequences() {
	}

	public static FeedSequence on(ReactiveMongoTemplate mongo, Clock clock) {
		return new FeedSequence(mongo, clock, Duration.ZERO);
	}

}
