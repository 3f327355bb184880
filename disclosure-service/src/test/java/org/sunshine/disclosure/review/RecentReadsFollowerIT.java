package org.sunshine.disclosure.review;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sunshine.disclosure.feed.FeedSequence;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Item reads are answered from memory for minutes, yet a publication by another replica — here a write
 * straight into the store, stamped with the feed's next sequence as a replica's publication is, which this
 * process never saw — shows within seconds. Same context as {@code DisclosureServiceIT}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data",
				"sunshine.disclosure.feed.settle=0s" })
class RecentReadsFollowerIT {

	private static final String CODE = "QTQL-0004";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	FeedSequence sequence;

	@Test
	void shouldShowAnotherReplicasPublicationAlthoughTheItemWasReadMomentsAgo() {
		WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		await().atMost(Duration.ofSeconds(60)).until(() -> name(web) != null);
		String before = name(web);

		// The read above is remembered for five minutes (public-reads-ttl): within the ten seconds below only
		// the follower can make this replica forget it. Not asserted right after the write that the old name is
		// still served: the follower's once-a-second look may come first (it did once in CI).
		publishElsewhere(before + "（修订）");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(name(web)).isEqualTo(before + "（修订）"));

		// Back as it was for the other tests on this context, which only read.
		publishElsewhere(before);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(name(web)).isEqualTo(before));
	}

	/** What another replica's publication leaves in the store: new content under the feed's next sequence. */
	private void publishElsewhere(String name) {
		long next = this.sequence.next().block();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(CODE)),
				new Update().set("content.name", name).set("sequence", next), Document.class, "power_items")
			.block();
	}

	private static String name(WebTestClient web) {
		var result = web.get().uri("/api/powers/" + CODE).exchange().expectBody().returnResult();
		if (!result.getStatus().is2xxSuccessful() || result.getResponseBody() == null) {
			return null;
		}
		return JSON.readTree(result.getResponseBody()).path("name").asString();
	}

}
