package org.sunshine.search.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.search.DisclosureFeedStub;
import org.sunshine.search.SearchServiceITSupport;
import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.IndexAdmin;
import org.sunshine.search.index.IndexTarget;

import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Rebuilding an index from the change feed while the public keeps searching. Items here are about 印花税. */
class ReindexIT extends SearchServiceITSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	private IndexAdmin indices;

	@Test
	void shouldSwapToARebuiltIndexWithoutFailingOrLosingASearch() {
		for (int i = 1; i <= 3; i++) {
			String id = "s-" + i;
			DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
					seq -> FeedFixture.policy(seq, id, 1, "PUBLISHED", "印花税税目税率表解读第" + id + "篇"));
		}
		await().atMost(PATIENCE).until(() -> total("印花税税目") == 3);
		IndexTarget before = currentPolicies();

		AtomicBoolean searching = new AtomicBoolean(true);
		List<Long> totalsSeen = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> searches = CompletableFuture.runAsync(() -> {
			while (searching.get()) {
				totalsSeen.add(total("印花税税目"));
			}
		});
		JsonNode rebuilt = web.post().uri("/api/search/admin/reindex?type=policy")
				.headers(h -> h.setBearerAuth(tokenWithRoles("ADMIN")))
				.exchange()
				.expectStatus().isOk()
				.expectBody(JsonNode.class).returnResult().getResponseBody();
		// Keep searching on the new index for a moment too.
		int seenAtSwap = totalsSeen.size();
		await().atMost(PATIENCE).until(() -> totalsSeen.size() > seenAtSwap + 5);
		searching.set(false);
		searches.join();

		JsonNode policies = rebuilt.path("rebuilt").get(0);
		assertThat(policies.path("alias").asString()).isEqualTo("policies");
		assertThat(policies.path("from").asString()).isEqualTo(before.name());
		assertThat(policies.path("to").asString()).isNotEqualTo(before.name()).startsWith("policies-v2-");
		assertThat(currentPolicies().name()).isEqualTo(policies.path("to").asString());
		assertThat(totalsSeen).isNotEmpty().containsOnly(3L);
	}

	@Test
	void shouldKeepApplyingChangesToTheNewIndexAfterASwap() {
		web.post().uri("/api/search/admin/reindex?type=policy")
				.headers(h -> h.setBearerAuth(tokenWithRoles("ADMIN")))
				.exchange()
				.expectStatus().isOk();

		DISCLOSURE.publish(DisclosureFeedStub.POLICIES,
				seq -> FeedFixture.policy(seq, "s-100", 1, "PUBLISHED", "印花税核定征收的公告"));

		await().atMost(PATIENCE).until(() -> total("印花税核定征收") == 1);
	}

	@Test
	void shouldRefuseARebuildWithoutAnAdministratorToken() {
		web.post().uri("/api/search/admin/reindex").exchange().expectStatus().isUnauthorized();
		web.post().uri("/api/search/admin/reindex")
				.headers(h -> h.setBearerAuth(tokenWithRoles("EDITOR")))
				.exchange()
				.expectStatus().isForbidden();
	}

	@Test
	void shouldRefuseAnUnknownTypeWithAProblem() {
		web.post().uri("/api/search/admin/reindex?type=complaint")
				.headers(h -> h.setBearerAuth(tokenWithRoles("ADMIN")))
				.exchange()
				.expectStatus().isBadRequest();
	}

	private IndexTarget currentPolicies() {
		AtomicReference<IndexTarget> current = new AtomicReference<>();
		StepVerifier.create(indices.current(DocumentType.POLICY)).consumeNextWith(current::set).verifyComplete();
		return current.get();
	}

	private long total(String q) {
		JsonNode body = web.get().uri(uri -> uri.path("/api/search").queryParam("q", "{q}").build(q))
				.exchange()
				.expectStatus().isOk()
				.expectBody(JsonNode.class).returnResult().getResponseBody();
		return body.path("total").asLong();
	}
}
