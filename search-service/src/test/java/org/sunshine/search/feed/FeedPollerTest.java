package org.sunshine.search.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.search.index.CheckpointStore;
import org.sunshine.search.index.DocumentIndexer;
import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.IndexAdmin;
import org.sunshine.search.index.IndexTarget;
import org.sunshine.search.index.SearchDocument;
import org.sunshine.search.index.SearchEngine;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class FeedPollerTest {

	private final FeedProperties properties = new FeedProperties(true, URI.create("http://disclosure-service"), true,
			Duration.ofMillis(500), 100, Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(30), 3,
			Duration.ofSeconds(10));

	private final DisclosureFeedClient client = mock(DisclosureFeedClient.class);

	private final DocumentIndexer indexer = mock(DocumentIndexer.class);

	private final CheckpointStore checkpoints = mock(CheckpointStore.class);

	private final IndexAdmin indices = mock(IndexAdmin.class);

	private final IndexTarget policies = new IndexTarget("policies-v1", "uuid-policies");

	private final IndexTarget powers = new IndexTarget("powers-v1", "uuid-powers");

	private final FeedPoller poller = new FeedPoller(properties, client, mock(SearchEngine.class), indexer,
			checkpoints, indices, Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC));

	@BeforeEach
	void aliasesPointAtTheFirstIndices() {
		when(indices.current(DocumentType.POLICY)).thenReturn(Mono.just(policies));
		when(indices.current(DocumentType.POWER)).thenReturn(Mono.just(powers));
	}

	@Test
	void shouldMoveTheCheckpointAfterTheChangesAreWritten() {
		var batch = new DisclosureFeedClient.Batch(2, 12, List.of(
				FeedDocuments.policy(FeedFixture.policy(11, "p-1", 1, "PUBLISHED", "甲")).orElseThrow(),
				FeedDocuments.policy(FeedFixture.policy(12, "p-2", 1, "PUBLISHED", "乙")).orElseThrow()));
		when(checkpoints.load(policies)).thenReturn(Mono.just(10L));
		when(client.changes(FeedSource.POLICIES, 10L)).thenReturn(Mono.just(batch));
		when(indexer.index(eq(policies), anyList())).thenReturn(Mono.just(new DocumentIndexer.Outcome(2, 0)));
		when(checkpoints.save(policies, 12L)).thenReturn(Mono.empty());

		StepVerifier.create(poller.pollOnce(FeedSource.POLICIES))
				.assertNext(applied -> assertThat(applied.batch().received()).isEqualTo(2))
				.verifyComplete();

		verify(checkpoints).save(policies, 12L);
		assertThat(poller.states().get(FeedSource.POLICIES).checkpoint()).isEqualTo(12L);
	}

	@Test
	void shouldKeepTheCheckpointWhenWritingFails() {
		var batch = new DisclosureFeedClient.Batch(1, 11, List.of(
				FeedDocuments.policy(FeedFixture.policy(11, "p-1", 1, "PUBLISHED", "甲")).orElseThrow()));
		when(checkpoints.load(policies)).thenReturn(Mono.just(10L));
		when(client.changes(FeedSource.POLICIES, 10L)).thenReturn(Mono.just(batch));
		when(indexer.index(eq(policies), anyList())).thenReturn(Mono.error(new IOException("engine down")));

		StepVerifier.create(poller.pollOnce(FeedSource.POLICIES)).expectError(IOException.class).verify();

		verify(checkpoints, never()).save(any(), anyLong());
	}

	@Test
	void shouldNotWriteTheCheckpointWhenNothingIsNew() {
		when(checkpoints.load(powers)).thenReturn(Mono.just(40L));
		when(client.changes(FeedSource.POWERS, 40L))
				.thenReturn(Mono.just(new DisclosureFeedClient.Batch(0, 40, List.of())));
		when(indexer.index(powers, List.of())).thenReturn(Mono.just(new DocumentIndexer.Outcome(0, 0)));

		StepVerifier.create(poller.pollOnce(FeedSource.POWERS))
				.assertNext(applied -> assertThat(applied.advanced()).isFalse())
				.verifyComplete();

		verify(checkpoints, never()).save(eq(powers), anyLong());
	}

	@Test
	void shouldFillAnIndexBeingRebuiltFromItsOwnCheckpoint() {
		IndexTarget rebuilt = new IndexTarget("policies-v1-20240301-000000-000", "uuid-rebuilt");
		when(checkpoints.load(rebuilt)).thenReturn(Mono.just(0L));
		when(client.changes(FeedSource.POLICIES, 0L)).thenReturn(Mono.just(new DisclosureFeedClient.Batch(1, 3, List.of(
				FeedDocuments.policy(FeedFixture.policy(3, "p-1", 1, "PUBLISHED", "甲")).orElseThrow()))));
		when(indexer.index(eq(rebuilt), anyList())).thenReturn(Mono.just(new DocumentIndexer.Outcome(1, 0)));
		when(checkpoints.save(rebuilt, 3L)).thenReturn(Mono.empty());

		StepVerifier.create(poller.applyNext(FeedSource.POLICIES, rebuilt))
				.assertNext(applied -> assertThat(applied.batch().next()).isEqualTo(3L))
				.verifyComplete();

		verify(checkpoints).save(rebuilt, 3L);
		verify(checkpoints, never()).load(policies);
	}

	@Test
	void shouldPollAgainAtOnceOnlyWhenAFullPageMovedTheFeedOn() {
		List<SearchDocument> none = List.of();
		var fullAndMoved = new FeedPoller.Applied(10, new DisclosureFeedClient.Batch(100, 110, none));
		var fullButStuck = new FeedPoller.Applied(10, new DisclosureFeedClient.Batch(100, 10, none));
		var partial = new FeedPoller.Applied(10, new DisclosureFeedClient.Batch(40, 50, none));
		var empty = new FeedPoller.Applied(10, new DisclosureFeedClient.Batch(0, 10, none));

		assertThat(poller.delayAfter(fullAndMoved)).isZero();
		assertThat(poller.delayAfter(fullButStuck)).isEqualTo(properties.pollInterval());
		assertThat(poller.delayAfter(partial)).isEqualTo(properties.pollInterval());
		assertThat(poller.delayAfter(empty)).isEqualTo(properties.pollInterval());
	}

	@Test
	void shouldDoubleTheWaitPerFailureUpToTheMaximum() {
		assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.backoff(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(properties.backoff(4)).isEqualTo(Duration.ofSeconds(8));
		assertThat(properties.backoff(6)).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.backoff(1000)).isEqualTo(Duration.ofSeconds(30));
	}
}
