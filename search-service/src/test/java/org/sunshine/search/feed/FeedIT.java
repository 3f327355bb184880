package org.sunshine.search.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.search.DisclosureFeedStub;
import org.sunshine.search.SearchServiceITSupport;
import org.sunshine.search.index.CheckpointStore;
import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.IndexAdmin;

import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * The change feed end to end: disclosure-service (an in-memory stub) publishes, the poller indexes, the public
 * search finds. Every item here is about 车船税, which no other test's documents mention.
 */
class FeedIT extends SearchServiceITSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private CheckpointStore checkpoints;

	@Autowired
	private IndexAdmin indices;

	@Test
	void shouldMakeAPublishedPolicySearchableAndKeepItMarkedWhenRepealed() {
		DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
				seq -> FeedFixture.policy(seq, "f-100", 1, "PUBLISHED", "关于车船税减免的公告"));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(validityOf("车船税减免", "f-100")).isEqualTo("VALID"));

		long repeal = DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
				seq -> FeedFixture.policy(seq, "f-100", 2, "REPEALED", "关于车船税减免的公告"));

		await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(validityOf("车船税减免", "f-100")).isEqualTo("REPEALED"));
		await().atMost(PATIENCE).untilAsserted(() -> StepVerifier.create(indices.current(DocumentType.POLICY).flatMap(checkpoints::load))
				.assertNext(checkpoint -> assertThat(checkpoint).isGreaterThanOrEqualTo(repeal)).verifyComplete());
	}

	@Test
	void shouldIgnoreAnOlderVersionDeliveredAfterANewerOne() {
		DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
				seq -> FeedFixture.policy(seq, "f-200", 5, "REPEALED", "车船税征收管理办法"));
		long stale = DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
				seq -> FeedFixture.policy(seq, "f-200", 4, "PUBLISHED", "车船税征收管理办法"));

		await().atMost(PATIENCE).untilAsserted(() -> StepVerifier.create(indices.current(DocumentType.POLICY).flatMap(checkpoints::load))
				.assertNext(checkpoint -> assertThat(checkpoint).isGreaterThanOrEqualTo(stale)).verifyComplete());
		// Both writes are applied now; wait for the engine's refresh, then the newer version must have stayed.
		await().atMost(PATIENCE).until(() -> find("车船税征收管理办法", "f-200") != null);
		assertThat(validityOf("车船税征收管理办法", "f-200")).isEqualTo("REPEALED");
	}

	@Test
	void shouldIndexPowerItemsAndSkipWhatIsNotPublished() {
		DISCLOSURE.publish(DisclosureFeedStub.POWERS, seq -> FeedFixture.power(seq, "XZZS-0300", 1, "DRAFT"));
		DISCLOSURE.publish(DisclosureFeedStub.POWERS, seq -> FeedFixture.power(seq, "XZZS-0301", 1, "PUBLISHED"));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(find("XZZS-0301", "XZZS-0301")).isNotNull());
		assertThat(find("XZZS-0300", "XZZS-0300")).isNull();
	}

	@Test
	void shouldCatchUpFromItsCheckpointWhenDisclosureComesBack() {
		DISCLOSURE.failNext(6);
		DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
				seq -> FeedFixture.policy(seq, "f-300", 1, "PUBLISHED", "车船税申报期限的通知"));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(find("车船税申报期限", "f-300")).isNotNull());
		assertThat(DISCLOSURE.failuresLeft()).isZero();
	}

	private String validityOf(String q, String id) {
		JsonNode hit = find(q, id);
		return hit == null ? null : hit.path("validity").asString();
	}

	/** The hit with this id among the results for the words, or {@code null}. */
	private JsonNode find(String q, String id) {
		JsonNode body = web.get().uri(uri -> uri.path("/api/search").queryParam("q", "{q}").build(q))
				.exchange()
				.expectStatus().isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
		List<JsonNode> hits = body.path("hits").valueStream().toList();
		return hits.stream().filter(hit -> hit.path("id").asString().equals(id)).findFirst().orElse(null);
	}
}
