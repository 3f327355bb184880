package org.sunshine.sms.stats;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.sunshine.sms.message.SmsMessage;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** Counts messages and segments by status, template and priority with one $group per dimension. */
@Repository
class StatsRepository {

	private final ReactiveMongoTemplate mongo;

	StatsRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<SmsStats> stats(Instant from, Instant to) {
		Criteria period = Criteria.where("createdAt").gte(from).lt(to);
		return Mono
			.zip(countBy("status", period), countBy("templateCode", period), countBy("priority", period))
			.map((result) -> {
				long total = 0;
				long segments = 0;
				for (Counts counts : result.getT1().values()) {
					total += counts.messages();
					segments += counts.segments();
				}
				return new SmsStats(from, to, total, segments, result.getT1(), result.getT2(), result.getT3());
			});
	}

	private Mono<Map<String, Counts>> countBy(String field, Criteria period) {
		Aggregation aggregation = Aggregation.newAggregation(Aggregation.match(period),
				Aggregation.group(field).count().as("messages").sum("segments").as("segments"));
		return this.mongo.aggregate(aggregation, SmsMessage.COLLECTION, Document.class)
			.collectMap((row) -> String.valueOf(row.get("_id")),
					(row) -> new Counts(((Number) row.get("messages")).longValue(),
							((Number) row.get("segments")).longValue()),
					TreeMap::new);
	}

	/** Messages and the segments they took. */
	record Counts(long messages, long segments) {

	}

}
