package org.sunshine.disclosure.catalog;

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

/** The {@code power_items} collection as the workflow's public state. */
@Component
class PowerPublicState implements PublicState {

	private final ReactiveMongoTemplate mongo;

	private final RecentReads<PowerItemView> recentReads;

	PowerPublicState(ReactiveMongoTemplate mongo, @Value("${sunshine.disclosure.public-reads-ttl:5m}") Duration recentReadsTtl) {
		this.mongo = mongo;
		this.recentReads = new RecentReads<>(recentReadsTtl);
	}

	/** Item reads of the last moments, forgotten here whenever this replica writes the item. */
	RecentReads<PowerItemView> recentReads() {
		return this.recentReads;
	}

	@Override
	public Flux<Written> writtenAfter(long sequence, int limit) {
		return Written.after(this.mongo, this.mongo.getCollectionName(PowerItem.class), sequence, limit);
	}

	@Override
	public void forgetRecentReads(String itemId) {
		this.recentReads.forget(itemId);
	}

	@Override
	public ItemKind kind() {
		return ItemKind.POWER;
	}

	@Override
	public Mono<Current> current(String itemId) {
		return this.mongo.findById(itemId, PowerItem.class)
			.map((item) -> new Current(item.version(), (item.status() == PublicationStatus.REPEALED)
					? VersionState.REPEALED : VersionState.PUBLISHED));
	}

	@Override
	public Mono<Instant> write(ItemVersion version, long sequence, Instant now) {
		PowerItemContent content = content(version.content());
		PublicationStatus status = version.repeal() ? PublicationStatus.REPEALED : PublicationStatus.PUBLISHED;
		// Versions are published in order, so the public document holds the one before: an exact guard,
		// which the embedded store answers from its (_id, version) index instead of a scan.
		Query guard = Query.query(Criteria.where("_id").is(version.itemId()).and("version").is(version.number() - 1));
		Update update = new Update().set("content", content)
			.set("version", version.number())
			.set("status", status)
			.set("publishedAt", now)
			.set("sequence", sequence);
		Mono<Long> updated = (version.number() == 1) ? Mono.just(0L)
				: this.mongo.updateFirst(guard, update, PowerItem.class).map((result) -> result.getMatchedCount());
		return updated.flatMap((matched) -> {
			if (matched > 0) {
				return Mono.just(now);
			}
			PowerItem first = new PowerItem(version.itemId(), content, version.number(), status, now, sequence);
			return this.mongo.findById(version.itemId(), PowerItem.class)
				.map(PowerItem::publishedAt)
				.switchIfEmpty(this.mongo.insert(first)
					.map(PowerItem::publishedAt)
					.onErrorResume(DuplicateKeyException.class, (raced) -> this.mongo
						.findById(version.itemId(), PowerItem.class)
						.filter((item) -> item.version() >= version.number())
						.map(PowerItem::publishedAt)
						.switchIfEmpty(Mono.error(raced))));
		});
	}

	@Override
	public Document repealed(Document content, LocalDate today) {
		return content;
	}

	@Override
	public Flux<ItemVersion> asVersions() {
		return this.mongo.findAll(PowerItem.class).map(this::asVersion);
	}

	ItemVersion asVersion(PowerItem item) {
		return new ItemVersion(ItemVersion.idOf(ItemKind.POWER, item.code(), item.version()), ItemKind.POWER,
				item.code(), item.version(), document(item.content()), item.content().name(), null,
				(item.status() == PublicationStatus.REPEALED) ? VersionState.REPEALED : VersionState.PUBLISHED,
				item.status() == PublicationStatus.REPEALED,
				List.of(), null, null, null, item.publishedAt(), item.publishedAt(), item.publishedAt(), 0);
	}

	Document document(PowerItemContent content) {
		Document document = new Document();
		this.mongo.getConverter().write(content, document);
		document.remove("_class");
		return document;
	}

	PowerItemContent content(Document document) {
		return this.mongo.getConverter().read(PowerItemContent.class, document);
	}

}
