package org.sunshine.disclosure.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The global order of publication changes. Every publish, amend or repeal stamps its document with
 * the next number in the same write that changes it, so the public change feed is an outbox that
 * cannot miss a change and needs no transaction.
 */
@Component
public class FeedSequence {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final Duration settle;

	FeedSequence(ReactiveMongoTemplate mongo, Clock clock,
			@Value("${sunshine.disclosure.feed.settle:5s}") Duration settle) {
		this.mongo = mongo;
		this.clock = clock;
		this.settle = settle;
	}

	/** The feed slice for changes read after {@code after}; see {@link FeedView} for {@code next}. */
	public <T> FeedView<T> slice(List<ChangeView<T>> changes, long after) {
		return FeedView.of(changes, after, this.clock.instant(), this.settle);
	}

	public Mono<Long> next() {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is("publication-feed")), new Update().inc("value", 1L),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class)
			.map(Counter::value);
	}

	/** The last sequence handed out (0 before the first publication). */
	public Mono<Long> current() {
		return this.mongo.findById("publication-feed", Counter.class).map(Counter::value).defaultIfEmpty(0L);
	}

	@Document("counters")
	record Counter(@Id String id, long value) {
	}

}
