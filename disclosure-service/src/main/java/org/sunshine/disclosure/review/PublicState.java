package org.sunshine.disclosure.review;

import java.time.Instant;
import java.time.LocalDate;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The public document of one kind (collection {@code policies} or {@code power_items}), which the
 * public reads and the change feed serve. Implemented by each feature; the workflow writes through it.
 */
public interface PublicState {

	ItemKind kind();

	/** The public version and whether it is PUBLISHED or REPEALED; empty if never published. */
	Mono<Current> current(String itemId);

	/**
	 * Makes {@code version} the public state, stamped with {@code sequence}, in one document write
	 * guarded by the version number: when the public document already holds this version (a repeated
	 * run after a crash), nothing is written.
	 * @return when the public document says this version was published
	 */
	Mono<Instant> write(ItemVersion version, long sequence, Instant now);

	/** The content a repealing version carries, e.g. with the repeal date. */
	Document repealed(Document content, LocalDate today);

	/** Every public document as a version record, to give data published before versions were kept its history. */
	Flux<ItemVersion> asVersions();

	/**
	 * Which public documents were written with a sequence after {@code sequence}, in sequence order (at most
	 * {@code limit}): the replicas' own read caches follow this to forget what another replica published.
	 */
	Flux<Written> writtenAfter(long sequence, int limit);

	/** This replica's recent reads of the document are no longer good (after every write, by the publisher). */
	void forgetRecentReads(String itemId);

	/** One public write as the change feed stamps it. */
	record Written(String itemId, long sequence) {

		/** The documents of a public collection written after {@code sequence}, in sequence order. */
		public static Flux<Written> after(ReactiveMongoTemplate mongo, String collection, long sequence, int limit) {
			Query after = Query.query(Criteria.where("sequence").gt(sequence)).with(Sort.by("sequence")).limit(limit);
			after.fields().include("_id", "sequence");
			return mongo.find(after, Document.class, collection)
				.map((written) -> new Written(written.getString("_id"), ((Number) written.get("sequence")).longValue()));
		}

	}

	/** The public version number and state. */
	record Current(int version, VersionState state) {
	}

}
