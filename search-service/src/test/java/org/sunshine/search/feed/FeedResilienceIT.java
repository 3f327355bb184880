package org.sunshine.search.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.sunshine.search.DisclosureFeedStub;
import org.sunshine.search.SearchServiceITSupport;
import org.sunshine.search.index.CheckpointStore;
import org.sunshine.search.index.DocumentIndexer;
import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.IndexAdmin;
import org.sunshine.search.index.IndexTarget;

import tools.jackson.databind.JsonNode;

/**
 * The consumer against an engine that stops taking writes and comes back, and against versions that arrive out of
 * order. Every item here is about 船舶吨税, which no other test's documents mention.
 */
class FeedResilienceIT extends SearchServiceITSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private CheckpointStore checkpoints;

	@Autowired
	private IndexAdmin indices;

	@Autowired
	private DocumentIndexer indexer;

	@Autowired
	private FeedHealthIndicator feedHealth;

	/**
	 * The engine refuses every write to the live policy index (a write block: the node answers, the index does not
	 * take documents, as during a disk-full or a cluster outage of the index's primaries). Searches go on; changes
	 * wait at the checkpoint; health says DEGRADED; once writes are allowed again everything published meanwhile is
	 * applied, nothing lost and the checkpoint past the last one.
	 */
	@Test
	void shouldWaitAtItsCheckpointWhileTheEngineRefusesWritesAndApplyEverythingWhenItIsBack() throws Exception {
		IndexTarget live = indices.current(DocumentType.POLICY).block(PATIENCE);
		List<Long> published = new ArrayList<>();
		blockWrites(live, true);
		try {
			for (int i = 1; i <= 5; i++) {
				int n = i;
				published.add(DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
						seq -> FeedFixture.policy(seq, "down-" + n, 1, "PUBLISHED", "船舶吨税停机补录第" + n + "号公告")));
			}

			await().atMost(PATIENCE).until(() -> feedHealth.health().getStatus().equals(FeedHealthIndicator.DEGRADED));
			assertThat(checkpoints.load(live).block(PATIENCE)).isLessThan(published.getFirst());
			assertThat(idsFound("船舶吨税停机补录")).noneMatch(id -> id.startsWith("down-"));
		}
		finally {
			blockWrites(live, false);
		}

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkpoints.load(live).block(PATIENCE))
				.isGreaterThanOrEqualTo(published.getLast()));
		indexer.refresh().block(PATIENCE);
		assertThat(idsFound("船舶吨税停机补录")).contains("down-1", "down-2", "down-3", "down-4", "down-5");
		await().atMost(PATIENCE).until(() -> feedHealth.health().getStatus().equals(Status.UP));
	}

	/** A page bigger than the web client's default buffer (256 KiB): one policy with a long text. */
	@Test
	void shouldIndexAPolicyWhoseTextMakesThePageLargerThanTheDefaultBuffer() {
		String body = "船舶吨税按照船舶净吨位和吨税执照期限征收，应税船舶负责人应当按规定申报。".repeat(6000);
		assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(512 * 1024);
		DISCLOSURE.publish(DisclosureFeedStub.POLICIES, seq -> {
			var item = FeedFixture.policy(seq, "long-1", 1, "PUBLISHED", "船舶吨税长篇实施细则");
			var policy = item.document();
			return new Changes.Item<>(item.sequence(), item.id(), item.version(), item.status(),
					new Changes.Policy(policy.id(), policy.docNumber(), policy.title(), policy.issuer(),
							policy.category(), policy.issuedOn(), policy.effectiveOn(), policy.repealedOn(),
							policy.validity(), body, policy.version(), policy.publishedAt()));
		});

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(idsFound("船舶吨税长篇实施细则")).contains("long-1"));
	}

	@Test
	void shouldReplaceTheDocumentWithANewerVersionButNotWithAnOlderOne() {
		DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
				seq -> FeedFixture.policy(seq, "ver-1", 1, "PUBLISHED", "船舶吨税征收办法"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(titleOf("船舶吨税征收办法", "ver-1"))
				.isEqualTo("船舶吨税征收办法"));

		long newer = DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
				seq -> FeedFixture.policy(seq, "ver-1", 3, "PUBLISHED", "船舶吨税征收管理办法修订版"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(titleOf("船舶吨税征收管理办法修订版", "ver-1"))
				.isEqualTo("船舶吨税征收管理办法修订版"));

		long older = DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
				seq -> FeedFixture.policy(seq, "ver-1", 2, "PUBLISHED", "船舶吨税征收办法过期草稿"));
		IndexTarget live = indices.current(DocumentType.POLICY).block(PATIENCE);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkpoints.load(live).block(PATIENCE))
				.isGreaterThanOrEqualTo(older));
		indexer.refresh().block(PATIENCE);

		assertThat(newer).isLessThan(older);
		assertThat(titleOf("船舶吨税征收管理办法修订版", "ver-1")).isEqualTo("船舶吨税征收管理办法修订版");
		assertThat(idsFound("过期草稿")).doesNotContain("ver-1");
	}

	private void blockWrites(IndexTarget target, boolean blocked) throws Exception {
		engine.client()
				.flatMap(client -> reactor.core.publisher.Mono.fromFuture(() -> client.indices()
						.putSettings(s -> s.index(target.name())
								.settings(settings -> settings.blocks(b -> b.write(blocked))))))
				.block(PATIENCE);
	}

	private List<String> idsFound(String q) {
		return hits(q).stream().map(hit -> hit.path("id").asString()).toList();
	}

	private String titleOf(String q, String id) {
		return hits(q).stream().filter(hit -> hit.path("id").asString().equals(id)).findFirst()
				.map(hit -> hit.path("title").asString()).orElse(null);
	}

	private List<JsonNode> hits(String q) {
		JsonNode body = web.get().uri(uri -> uri.path("/api/search").queryParam("q", "{q}").queryParam("size", "50")
						.build(q))
				.exchange()
				.expectStatus().isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
		return body.path("hits").valueStream().toList();
	}
}
