package org.sunshine.defaults.mongo;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which top-level fields a query reads, or that it cannot tell. */
class FieldsReadTest {

	@Test
	void filterAndOrderFieldsAreReadForMatchingAndWithTheProjectionsForTheResult() {
		Document filter = new Document("status", new Document("$in", List.of("RECEIVED", "ASSIGNED")))
			.append("suspendedAt", null)
			.append("$or", List.of(new Document("dueAt.day", new Document("$lt", 5)), new Document("handler", "h")));
		Document projection = new Document("trackingNumber", 1).append("timeline.at", true);

		FieldsRead fields = FieldsRead.of(filter, new Document("receivedAt", -1), projection);

		assertThat(fields.matching()).containsExactlyInAnyOrder("status", "suspendedAt", "dueAt", "handler", "receivedAt");
		assertThat(fields.result()).containsExactlyInAnyOrder("status", "suspendedAt", "dueAt", "handler", "receivedAt",
				"trackingNumber", "timeline", "_id");
	}

	@Test
	void anExcludedIdIsNotRead() {
		FieldsRead fields = FieldsRead.of(new Document(), null, new Document("_id", 0).append("code", 1));

		assertThat(fields.matching()).isEmpty();
		assertThat(fields.result()).containsExactly("code");
	}

	@Test
	void withoutAnInclusionOnlyProjectionTheResultIsTheWholeDocument() {
		assertThat(FieldsRead.of(new Document("a", 1), null, null).result()).isNull();
		assertThat(FieldsRead.of(new Document("a", 1), null, new Document()).result()).isNull();
		assertThat(FieldsRead.of(new Document("a", 1), null, new Document("secret", 0)).result()).isNull();
		assertThat(FieldsRead.of(new Document("a", 1), null, new Document("list", new Document("$slice", 2))).result())
			.isNull();
		assertThat(FieldsRead.of(new Document("a", 1), null, new Document("list.$", 1)).result()).isNull();
	}

	@Test
	void operatorsOtherThanFieldsAndLogicMeanItCannotTell() {
		assertThat(FieldsRead.of(new Document("$where", "this.a > 1"), null, null)).isNull();
		assertThat(FieldsRead.of(new Document("$expr", new Document("$gt", List.of("$a", "$b"))), null, null)).isNull();
		assertThat(FieldsRead.of(new Document("$and", List.of(new Document("$text", new Document("$search", "x")))), null,
				null)).isNull();
		assertThat(FieldsRead.of(new Document(), new Document("score", new Document("$meta", "textScore")), null)).isNull();
	}

}
