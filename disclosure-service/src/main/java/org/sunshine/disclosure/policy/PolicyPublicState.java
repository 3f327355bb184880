package org.sunshine.disclosure.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.sunshine.disclosure.feed.PublicationStatus;
import org.sunshine.disclosure.review.ItemKind;
import org.sunshine.disclosure.review.ItemVersion;
import org.sunshine.disclosure.review.PublicState;
import org.sunshine.disclosure.review.RecentReads;
import org.sunshine.disclosure.review.VersionState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code policies} collection as the workflow's public state. */
@Component
class PolicyPublicState implements PublicState {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final RecentReads<PolicyView> recentReads;

	PolicyPublicState(ReactiveMongoTemplate mongo, Clock clock,
			@Value("${sunshine.disclosure.public-reads-ttl:5m}") Duration recentReadsTtl) {
		this.mongo = mongo;
		this.clock = clock;
		this.recentReads = new RecentReads<>(recentReadsTtl);
	}

	/** Policy reads of the last moments, forgotten here whenever this replica writes the policy. */
	RecentReads<PolicyView> recentReads() {
		return this.recentReads;
	}

	@Override
	public Flux<Written> writtenAfter(long sequence, int limit) {
		return Written.after(this.mongo, this.mongo.getCollectionName(Policy.class), sequence, limit);
	}

	@Override
	public void forgetRecentReads(String itemId) {
		this.recentReads.forget(itemId);
	}

	@Override
	public ItemKind kind() {
		return ItemKind.POLICY;
	}

	@Override
	public Mono<Current> current(String itemId) {
		return this.mongo.findById(itemId, Policy.class)
			.map((policy) -> new Current(policy.version(), (policy.status() == PublicationStatus.REPEALED)
					? VersionState.REPEALED : VersionState.PUBLISHED));
	}

	@Override
	public Mono<Instant> write(ItemVersion version, long sequence, Instant now) {
		PolicyContent content = content(version.content());
		PublicationStatus status = version.repeal() ? PublicationStatus.REPEALED
				: PolicyService.statusOnPublication(content, LocalDate.ofInstant(now, this.clock.getZone()));
		// Versions are published in order, so the public document holds the one before: an exact guard,
		// which the embedded store answers from its (_id, version) index instead of a scan.
		Query guard = Query.query(Criteria.where("_id").is(version.itemId()).and("version").is(version.number() - 1));
		Update update = new Update().set("content", content)
			.set("docNumberKey", DocumentNumbers.key(content.docNumber()))
			.set("version", version.number())
			.set("status", status)
			.set("publishedAt", now)
			.set("sequence", sequence);
		Mono<Long> updated = (version.number() == 1) ? Mono.just(0L)
				: this.mongo.updateFirst(guard, update, Policy.class).map((result) -> result.getMatchedCount());
		return updated.flatMap((matched) -> {
			if (matched > 0) {
				return Mono.just(now);
			}
			Policy first = new Policy(version.itemId(), content, DocumentNumbers.key(content.docNumber()),
					version.number(), status, now, sequence);
			return this.mongo.findById(version.itemId(), Policy.class)
				.map(Policy::publishedAt)
				.switchIfEmpty(this.mongo.insert(first)
					.map(Policy::publishedAt)
					.onErrorResume(DuplicateKeyException.class, (raced) -> alreadyWritten(version, raced)));
		});
	}

	/** Someone wrote the public document first: fine when it holds this version, a real clash otherwise. */
	private Mono<Instant> alreadyWritten(ItemVersion version, DuplicateKeyException clash) {
		return this.mongo.findById(version.itemId(), Policy.class)
			.filter((policy) -> policy.version() >= version.number())
			.map(Policy::publishedAt)
			.switchIfEmpty(Mono.error(clash));
	}

	@Override
	public Document repealed(Document content, LocalDate today) {
		PolicyContent policy = content(content);
		LocalDate repealedOn = (policy.repealedOn() == null || policy.repealedOn().isAfter(today)) ? today
				: policy.repealedOn();
		return document(new PolicyContent(policy.docNumber(), policy.title(), policy.issuer(), policy.category(),
				policy.issuedOn(), policy.effectiveOn(), repealedOn, policy.body()));
	}

	@Override
	public Flux<ItemVersion> asVersions() {
		return this.mongo.findAll(Policy.class).map(this::asVersion);
	}

	ItemVersion asVersion(Policy policy) {
		return new ItemVersion(ItemVersion.idOf(ItemKind.POLICY, policy.id(), policy.version()), ItemKind.POLICY,
				policy.id(), policy.version(), document(policy.content()), policy.content().title(),
				policy.docNumberKey(),
				(policy.status() == PublicationStatus.REPEALED) ? VersionState.REPEALED : VersionState.PUBLISHED,
				policy.status() == PublicationStatus.REPEALED, List.of(), null, null, null, policy.publishedAt(), policy.publishedAt(), policy.publishedAt(),
				0);
	}

	Document document(PolicyContent content) {
		Document document = new Document();
		this.mongo.getConverter().write(content, document);
		document.remove("_class");
		return document;
	}

	PolicyContent content(Document document) {
		return this.mongo.getConverter().read(PolicyContent.class, document);
	}

}
