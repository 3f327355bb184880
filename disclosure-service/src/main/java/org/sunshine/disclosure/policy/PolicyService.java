package org.sunshine.disclosure.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sunshine.defaults.web.PageView;
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

/** Reads and publishes policy documents. */
@Service
public class PolicyService {

	private final PolicyRepository policies;

	private final ReactiveMongoTemplate mongo;

	private final FeedSequence sequence;

	private final PolicyPublicState publicState;

	private final Clock clock;

	PolicyService(PolicyRepository policies, ReactiveMongoTemplate mongo, FeedSequence sequence,
			PolicyPublicState publicState, Clock clock) {
		this.policies = policies;
		this.mongo = mongo;
		this.sequence = sequence;
		this.publicState = publicState;
		this.clock = clock;
	}

	Mono<PageView<PolicyView>> list(PolicyFilter filter, int page, int size) {
		Query query = new Query(filter.criteria(LocalDate.now(this.clock)));
		Mono<Long> total = this.mongo.count(query, Policy.class);
		return this.mongo
			.find(Query.of(query).with(PageRequest.of(page, size,
					// The id breaks ties, so pages neither skip nor repeat on a real MongoDB.
					Sort.by(Sort.Direction.DESC, "content.issuedOn").and(Sort.by("_id")))),
					Policy.class)
			.map(this::view)
			.collectList()
			.zipWith(total, (found, count) -> new PageView<>(found, page, size, count));
	}

	Mono<PolicyView> find(String id) {
		return this.publicState.recentReads().get(id, () -> this.policies.findById(id).map(this::view));
	}

	Mono<PolicyView> findByNumber(String documentNumber) {
		return this.policies.findByDocNumberKey(DocumentNumbers.key(documentNumber)).map(this::view);
	}

	Mono<FeedView<PolicyView>> changes(long after, int limit) {
		return this.policies.findBySequenceGreaterThanOrderBySequenceAsc(after, Limit.of(limit))
			.map((policy) -> new ChangeView<>(policy.sequence(), policy.id(), policy.version(), policy.status(),
					policy.publishedAt(), view(policy)))
			.collectList()
			.map((changes) -> this.sequence.slice(changes, after));
	}

	/** Publishes the first version of a policy that does not exist yet (used by seeding and import). */
	public Mono<Void> publishNew(String id, PolicyContent content) {
		PublicationStatus status = statusOnPublication(content, LocalDate.now(this.clock));
		return this.sequence.next()
			.map((seq) -> new Policy(id, content, DocumentNumbers.key(content.docNumber()), 1, status,
					this.clock.instant(), seq))
			.flatMap(this.policies::insert)
			// The version record keeps version 1 for "as of" reads once later versions replace it.
			.flatMap((policy) -> this.mongo.insert(this.publicState.asVersion(policy)))
			.then();
	}

	/** A policy published with a repeal date already passed is published as repealed. */
	static PublicationStatus statusOnPublication(PolicyContent content, LocalDate today) {
		return (Validity.of(PublicationStatus.PUBLISHED, content, today) == Validity.REPEALED)
				? PublicationStatus.REPEALED : PublicationStatus.PUBLISHED;
	}

	public Mono<Long> count() {
		return this.policies.count();
	}

	private PolicyView view(Policy policy) {
		return PolicyView.of(policy, this.clock);
	}

	/** Filters of the public list; any of them may be absent. */
	record PolicyFilter(String category, String issuer, Integer year, Validity validity) {

		Criteria criteria(LocalDate today) {
			List<Criteria> all = new ArrayList<>();
			if (category != null) {
				all.add(Criteria.where("content.category").is(category));
			}
			if (issuer != null) {
				all.add(Criteria.where("content.issuer").is(issuer));
			}
			if (year != null) {
				all.add(Criteria.where("content.issuedOn")
					.gte(LocalDate.of(year, 1, 1))
					.lt(LocalDate.of(year + 1, 1, 1)));
			}
			if (validity == Validity.REPEALED) {
				all.add(new Criteria().orOperator(Criteria.where("status").is(PublicationStatus.REPEALED.name()),
						Criteria.where("content.repealedOn").lte(today)));
			}
			else if (validity == Validity.VALID) {
				all.add(Criteria.where("status").is(PublicationStatus.PUBLISHED.name()));
				all.add(new Criteria().orOperator(Criteria.where("content.repealedOn").is(null),
						Criteria.where("content.repealedOn").gt(today)));
			}
			return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
		}

	}

}
