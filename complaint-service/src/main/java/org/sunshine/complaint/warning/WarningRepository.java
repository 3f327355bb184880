package org.sunshine.complaint.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.lifecycle.Once;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code complaint_warnings} collection. A unique index on (trackingNumber, dueAt, level, occurrence)
 * makes each warning exist once, whichever replica or restart raises it; the deadline is part of the key so
 * that a complaint whose deadline moves (end of a suspension, reopening) is warned again about the new one.
 * Each warning carries a {@code sequence} from a counter, which the console stream tails.
 */
@Component
class WarningRepository {

	static final String COLLECTION = "complaint_warnings";

	static final String SEQUENCES = "sequences";

	static final String TRACKING_NUMBER = "trackingNumber";

	static final String LEVEL = "level";

	static final String OCCURRENCE = "occurrence";

	static final String DUE_AT = "dueAt";

	static final String DEPARTMENT = "department";

	static final String HANDLER = "handler";

	static final String RAISED_AT = "raisedAt";

	static final String SEQUENCE = "sequence";

	static final String RECIPIENTS = "recipients";

	static final String ACKNOWLEDGEMENT = "acknowledgement";

	private static final Logger log = LoggerFactory.getLogger(WarningRepository.class);

	private static final int DUPLICATE_KEY = 11000;

	private final ReactiveMongoTemplate mongo;

	private final Mono<Void> indexed;

	WarningRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
		// Created once before the first write.
		this.indexed = createIndexes().as(Once::untilSuccess);
	}

	private Mono<Void> createIndexes() {
		return Flux.concat(
				this.mongo.indexOps(COLLECTION)
					.createIndex(new Index().on(TRACKING_NUMBER, Direction.ASC)
						.on(DUE_AT, Direction.ASC)
						.on(LEVEL, Direction.ASC)
						.on(OCCURRENCE, Direction.ASC)
						.unique()
						.named("warning_once")),
				this.mongo.indexOps(COLLECTION)
					.createIndex(new Index().on(SEQUENCE, Direction.ASC).named("warning_sequence")),
				this.mongo.indexOps(COLLECTION)
					.createIndex(new Index().on(DEPARTMENT, Direction.ASC)
						.on(RAISED_AT, Direction.DESC)
						.named("warning_department")),
				// The scan reads open complaints by status and deadline only.
				this.mongo.indexOps(WarningScan.COMPLAINTS)
					.createIndex(new Index().on("status", Direction.ASC).on("dueAt", Direction.ASC).named("warning_scan"))
					.onErrorResume((ex) -> {
						log.warn("Could not create the (status, dueAt) index on complaints: {}", ex.toString());
						return Mono.empty();
					}))
			.then();
	}

	/**
	 * Inserts warnings that may already exist, in one unordered write, numbering them from the sequence.
	 *
	 * @return which of {@code warnings} are now stored, whether by this write or an earlier one
	 */
	Mono<Inserted> insert(List<Document> warnings) {
		if (warnings.isEmpty()) {
			return Mono.just(new Inserted(0, 0, new BitSet()));
		}
		return this.indexed.then(reserveSequences(warnings.size())).flatMap((last) -> {
			long sequence = last - warnings.size();
			for (Document warning : warnings) {
				warning.put(SEQUENCE, ++sequence);
			}
			return this.mongo.getCollection(COLLECTION)
				.flatMap((collection) -> Mono.from(collection.insertMany(warnings, new InsertManyOptions().ordered(false))))
				.map((result) -> {
					BitSet stored = new BitSet();
					stored.set(0, warnings.size());
					return new Inserted(warnings.size(), 0, stored);
				})
				.onErrorResume(MongoBulkWriteException.class, (ex) -> Mono.just(partly(warnings.size(), ex)));
		});
	}

	private static Inserted partly(int size, MongoBulkWriteException ex) {
		BitSet stored = new BitSet();
		stored.set(0, size);
		int duplicates = 0;
		for (BulkWriteError error : ex.getWriteErrors()) {
			if (error.getCode() == DUPLICATE_KEY) {
				duplicates++;
			}
			else {
				stored.clear(error.getIndex());
				log.warn("A warning could not be stored: {}", error.getMessage());
			}
		}
		int failed = size - stored.cardinality();
		return new Inserted(size - duplicates - failed, duplicates, stored);
	}

	private Mono<Long> reserveSequences(int count) {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(COLLECTION)), new Update().inc("value", (long) count),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, SEQUENCES)
			.map((counter) -> ((Number) counter.get("value")).longValue());
	}

	/** A page of the warnings matching {@code filter}, newest first. */
	Flux<Document> find(Criteria filter, int page, int size) {
		Query query = Query.query(filter)
			.with(Sort.by(Direction.DESC, RAISED_AT).and(Sort.by(Direction.DESC, SEQUENCE)))
			.skip((long) page * size)
			.limit(size);
		return this.mongo.find(query, Document.class, COLLECTION);
	}

	Mono<Long> count(Criteria filter) {
		return this.mongo.count(Query.query(filter), COLLECTION);
	}

	Mono<Document> findOne(Criteria filter) {
		Query query = Query.query(filter);
		return this.mongo.findOne(query, Document.class, COLLECTION);
	}

	/** Records the acknowledgement if there is none yet; empty when the warning is missing or already acknowledged. */
	Mono<Document> acknowledge(Criteria visible, ObjectId id, String by, Instant at, String note) {
		Query unacknowledged = Query
			.query(new Criteria().andOperator(visible, Criteria.where("_id").is(id), Criteria.where(ACKNOWLEDGEMENT).is(null)));
		Document acknowledgement = new Document("by", by).append("at", Date.from(at)).append("note", note);
		return this.mongo.findAndModify(unacknowledged, new Update().set(ACKNOWLEDGEMENT, acknowledgement),
				FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
	}

	/** Warnings numbered after {@code sequence}, in order. */
	Flux<Document> after(Criteria visible, long sequence, int limit) {
		Query query = Query.query(new Criteria().andOperator(visible, Criteria.where(SEQUENCE).gt(sequence)))
			.with(Sort.by(Direction.ASC, SEQUENCE))
			.limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION);
	}

	/** The highest sequence given so far (0 before the first warning). */
	Mono<Long> lastSequence() {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(COLLECTION)), Document.class, SEQUENCES)
			.map((counter) -> ((Number) counter.get("value")).longValue())
			.defaultIfEmpty(0L);
	}

	/**
	 * The outcome of an insert.
	 *
	 * @param inserted warnings written by this insert
	 * @param duplicates warnings that already existed
	 * @param stored positions of the warnings that exist now (inserted or duplicate)
	 */
	record Inserted(int inserted, int duplicates, BitSet stored) {

		List<Integer> storedPositions() {
			List<Integer> positions = new ArrayList<>();
			this.stored.stream().forEach(positions::add);
			return positions;
		}

	}

}
