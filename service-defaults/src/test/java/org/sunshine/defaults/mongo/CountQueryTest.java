package org.sunshine.defaults.mongo;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a pure count is taken out of mongo-java-server's aggregation; anything else stays with it. */
class CountQueryTest {

	private static final Document OPEN = new Document("status", "RECEIVED");

	private static final Document COUNT_GROUP = stage("$group",
			new Document("_id", 1).append("n", new Document("$sum", 1)));

	@Test
	void theDriversCountDocumentsIsACount() {
		CountQuery count = CountQuery.of(aggregate(stage("$match", OPEN), stage("$skip", 5), stage("$limit", 10),
				COUNT_GROUP));

		assertThat(count).isEqualTo(new CountQuery("complaints", OPEN, 5, 10, 1, "n"));
		assertThat(count.result(100)).containsExactly(new Document("_id", 1).append("n", 10));
		assertThat(count.result(12)).containsExactly(new Document("_id", 1).append("n", 7));
		// $group over nothing gives no document, not a zero.
		assertThat(count.result(5)).isEmpty();
		assertThat(CountQuery.of(aggregate(stage("$match", OPEN), COUNT_GROUP)).result(3_000_000_000L))
			.containsExactly(new Document("_id", 1).append("n", 3_000_000_000L));
	}

	@Test
	void otherAggregationsAreNotCounts() {
		assertThat(CountQuery.of(aggregate(stage("$match", OPEN),
				stage("$group", new Document("_id", "$department").append("n", new Document("$sum", 1)))))).isNull();
		assertThat(CountQuery.of(aggregate(stage("$match", OPEN),
				stage("$group", new Document("_id", 1).append("n", new Document("$sum", "$points")))))).isNull();
		assertThat(CountQuery.of(aggregate(stage("$match", OPEN), stage("$sort", new Document("n", 1)), COUNT_GROUP)))
			.isNull();
		assertThat(CountQuery.of(aggregate(stage("$limit", 3), stage("$match", OPEN), COUNT_GROUP))).isNull();
		assertThat(CountQuery.of(aggregate(stage("$match", OPEN), COUNT_GROUP, stage("$limit", 3)))).isNull();
		assertThat(CountQuery.of(aggregate(stage("$match", OPEN)))).isNull();
		assertThat(CountQuery.of(aggregate(stage("$match", OPEN), COUNT_GROUP).append("explain", true))).isNull();
		assertThat(CountQuery.of(new Document("aggregate", 1).append("pipeline",
				List.of(stage("$match", OPEN), COUNT_GROUP)))).isNull();
	}

	private static Document aggregate(Document... stages) {
		return new Document("aggregate", "complaints").append("pipeline", List.of(stages)).append("cursor", new Document());
	}

	private static Document stage(String name, Object value) {
		return new Document(name, value);
	}

}
