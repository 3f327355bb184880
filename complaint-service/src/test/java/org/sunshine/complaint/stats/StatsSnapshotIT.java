package org.sunshine.complaint.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public statistics share one pass over the store for {@code complaint.stats.max-age}: a complaint
 * stored meanwhile shows in the next pass, not in the shared one. On the module's one cached context
 * (whose own service, {@code max-age: 0s}, adds up afresh for every request).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class StatsSnapshotIT {

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private DeadlineCalculator deadlines;

	@Autowired
	private Clock clock;

	@Test
	void shouldServeOnePassUntilItIsMaxAgeOld() {
		String department = "SNAP-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		StatsService shared = new StatsService(this.mongo, this.deadlines, this.clock,
				new StatsProperties(Duration.ofHours(1)));
		StatsView first = shared.complaints(null, null, department).block();
		assertThat(first.overall().received()).isZero();

		// Only what statistics read, and a status no other test's queue or scan picks up; removed afterwards.
		Document stored = new Document("receivedAt", Date.from(Instant.now())).append("status", "CLOSED")
			.append("department", department);
		StepVerifier.create(this.mongo.insert(stored, "complaints")).expectNextCount(1).verifyComplete();
		try {
			StepVerifier.create(shared.complaints(null, null, department))
				.assertNext((view) -> {
					assertThat(view.overall().received()).isZero();
					assertThat(view.asOf()).isEqualTo(first.asOf());
				})
				.verifyComplete();
			StepVerifier.create(new StatsService(this.mongo, this.deadlines, this.clock,
					new StatsProperties(Duration.ZERO)).complaints(null, null, department))
				.assertNext((view) -> assertThat(view.overall().received()).isEqualTo(1))
				.verifyComplete();
		}
		finally {
			StepVerifier.create(this.mongo.remove(Query.query(Criteria.where("department").is(department)), "complaints"))
				.expectNextCount(1)
				.verifyComplete();
		}
	}

}
