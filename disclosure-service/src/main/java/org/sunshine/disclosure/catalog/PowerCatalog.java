package org.sunshine.disclosure.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sunshine.defaults.web.PageView;
import org.sunshine.disclosure.catalog.PowerItemContent.RiskLevel;
import org.sunshine.disclosure.feed.ChangeView;
import org.sunshine.disclosure.feed.FeedSequence;
import org.sunshine.disclosure.feed.FeedView;
import org.sunshine.disclosure.feed.PublicationStatus;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads and publishes the power catalog. */
@Service
public class PowerCatalog {

	private final PowerItemRepository items;

	private final ReactiveMongoTemplate mongo;

	private final FeedSequence sequence;

	private final PowerPublicState publicState;

	private final Clock clock;

	PowerCatalog(PowerItemRepository items, ReactiveMongoTemplate mongo, FeedSequence sequence,
			PowerPublicState publicState, Clock clock) {
		this.items = items;
		this.mongo = mongo;
		this.sequence = sequence;
		this.publicState = publicState;
		this.clock = clock;
	}

	Mono<PageView<PowerItemView>> list(PowerFilter filter, int page, int size) {
		Query query = new Query(filter.criteria());
		Mono<Long> total = this.mongo.count(query, PowerItem.class);
		return this.mongo.find(Query.of(query).with(PageRequest.of(page, size, Sort.by("code"))), PowerItem.class)
			.map(this::view)
			.collectList()
			.zipWith(total, (found, count) -> new PageView<>(found, page, size, count));
	}

	Mono<PowerItemView> find(String code) {
		return this.publicState.recentReads().get(code, () -> this.items.findById(code).map(this::view));
	}

	Mono<FeedView<PowerItemView>> changes(long after, int limit) {
		return this.items.findBySequenceGreaterThanOrderBySequenceAsc(after, Limit.of(limit))
			.map((item) -> new ChangeView<>(item.sequence(), item.code(), item.version(), item.status(),
					item.publishedAt(), view(item)))
			.collectList()
			.map((changes) -> this.sequence.slice(changes, after));
	}

	/** Publishes the first version of an item that does not exist yet (used by seeding and import). */
	public Mono<Void> publishNew(PowerItemContent content) {
		return this.sequence.next()
			.map((seq) -> new PowerItem(content.code(), content, 1, PublicationStatus.PUBLISHED, this.clock.instant(),
					seq))
			.flatMap(this.items::insert)
			// The version record keeps version 1 for "as of" reads once later versions replace it.
			.flatMap((item) -> this.mongo.insert(this.publicState.asVersion(item)))
			.then();
	}

	public Mono<Long> count() {
		return this.items.count();
	}

	private PowerItemView view(PowerItem item) {
		return PowerItemView.of(item, this.clock.getZone());
	}

	/** Filters of the public list; any of them may be absent. */
	record PowerFilter(String category, String department, RiskLevel riskLevel, String text) {

		Criteria criteria() {
			List<Criteria> all = new ArrayList<>();
			if (category != null) {
				all.add(Criteria.where("content.category.code").is(category));
			}
			if (department != null) {
				all.add(Criteria.where("content.department.code").is(department));
			}
			if (riskLevel != null) {
				all.add(Criteria.where("content.risk.level").is(riskLevel.name()));
			}
			if (text != null) {
				all.add(Criteria.where("content.name").regex(Pattern.quote(text)));
			}
			return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
		}

	}

}
