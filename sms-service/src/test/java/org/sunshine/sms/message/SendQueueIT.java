package org.sunshine.sms.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.sms.EmbeddedStore;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/** The send queue on the embedded store: order of claims, one winner per entry, leases of dead senders. */
class SendQueueIT {

	private static final EmbeddedStore store = new EmbeddedStore();

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final SendQueue queue = new SendQueue(store.mongo());

	private final Instant now = Instant.parse("2026-11-23T02:00:00Z");

	@BeforeEach
	void empty() {
		store.mongo().remove(new Query(), SendQueue.COLLECTION).block(Duration.ofSeconds(10));
	}

	@AfterAll
	static void stop() {
		store.close();
	}

	@Test
	void shouldOfferUrgentFirstThenOldestWhenSeveralAreDue() {
		add("q-normal-old", Priority.NORMAL, this.now.minusSeconds(30));
		add("q-bulk", Priority.BULK, this.now.minusSeconds(60));
		add("q-urgent-new", Priority.URGENT, this.now.minusSeconds(1));
		add("q-urgent-old", Priority.URGENT, this.now.minusSeconds(10));
		add("q-normal-new", Priority.NORMAL, this.now.minusSeconds(5));
		add("q-later", Priority.URGENT, this.now.plusSeconds(60));

		StepVerifier.create(this.queue.due(this.now, 10).map(SendQueue.Entry::id))
			.expectNext("q-urgent-old", "q-urgent-new", "q-normal-old", "q-normal-new", "q-bulk")
			.verifyComplete();
		StepVerifier.create(this.queue.due(this.now, 2).map(SendQueue.Entry::id))
			.expectNext("q-urgent-old", "q-urgent-new")
			.verifyComplete();
	}

	@Test
	void shouldLetExactlyOneSenderClaimWhenManyRaceForTheSameEntry() {
		SendQueue.Entry seen = add("race", Priority.URGENT, this.now.minusSeconds(1));

		List<SendQueue.Entry> winners = Flux.range(0, 20)
			.flatMap((i) -> this.queue.claim(seen, this.now, LEASE, "sender-" + i).subscribeOn(Schedulers.parallel()))
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(winners).singleElement().satisfies((claimed) -> {
			assertThat(claimed.attempts()).isEqualTo(1);
			assertThat(claimed.leaseUntil()).isEqualTo(this.now.plus(LEASE));
			assertThat(claimed.lock()).isNotEqualTo(seen.lock());
		});
		// Taken: no longer due while the lease lasts.
		StepVerifier.create(this.queue.due(this.now, 10)).verifyComplete();
	}

	@Test
	void shouldHandEntryToAnotherSenderWhenLeaseRunsOutAndShutOutTheFirst() {
		SendQueue.Entry seen = add("dead-sender", Priority.NORMAL, this.now.minusSeconds(1));
		SendQueue.Entry first = this.queue.claim(seen, this.now, LEASE, "first").block();
		Instant later = this.now.plus(LEASE).plusSeconds(1);

		SendQueue.Entry again = this.queue.due(later, 10).single().block();
		SendQueue.Entry second = this.queue.claim(again, later, LEASE, "second").block();

		assertThat(second).isNotNull();
		assertThat(second.worker()).isEqualTo("second");
		assertThat(second.attempts()).isEqualTo(2);
		StepVerifier.create(this.queue.release(first, later, true)).expectNext(false).verifyComplete();
		StepVerifier.create(this.queue.remove(first)).expectNext(false).verifyComplete();
		StepVerifier.create(this.queue.remove(second)).expectNext(true).verifyComplete();
		StepVerifier.create(this.queue.due(later.plus(Duration.ofDays(1)), 10)).verifyComplete();
	}

	@Test
	void shouldOfferAgainAtBackoffWithoutCountingWhenAttemptWasNotTheMessagesFault() {
		SendQueue.Entry seen = add("retry", Priority.NORMAL, this.now.minusSeconds(1));
		SendQueue.Entry claimed = this.queue.claim(seen, this.now, LEASE, "sender").block();
		Instant retryAt = this.now.plusSeconds(30);

		StepVerifier.create(this.queue.release(claimed, retryAt, false)).expectNext(true).verifyComplete();

		StepVerifier.create(this.queue.due(retryAt.minusSeconds(1), 10)).verifyComplete();
		StepVerifier.create(this.queue.due(retryAt, 10))
			.assertNext((entry) -> {
				assertThat(entry.id()).isEqualTo("retry");
				assertThat(entry.attempts()).isZero();
				assertThat(entry.leaseUntil()).isNull();
			})
			.verifyComplete();
	}

	@Test
	void shouldQueueUnsentMessageOnceWhenItHasNoEntry() {
		SmsMessage unsent = new SmsMessage("adopted", "key-adopted", "fingerprint", "test", "WARNING_RED", 1,
				Priority.NORMAL, Priority.NORMAL.rank(), "hash", "138****0000", "sealed", "sealed", 1,
				MessageStatus.QUEUED, 2, this.now, this.now.minusSeconds(5), null, null, null, null, null, null);

		StepVerifier.create(this.queue.adopt(unsent, this.now)).expectNext(true).verifyComplete();
		StepVerifier.create(this.queue.adopt(unsent, this.now)).expectNext(false).verifyComplete();

		StepVerifier.create(this.queue.due(this.now, 10)).assertNext((entry) -> {
			assertThat(entry.id()).isEqualTo("adopted");
			assertThat(entry.attempts()).isEqualTo(2);
			assertThat(entry.notBefore()).isEqualTo(this.now.minusSeconds(5));
		}).verifyComplete();
	}

	private SendQueue.Entry add(String id, Priority priority, Instant notBefore) {
		return this.queue.add(id, priority, notBefore, this.now).block(Duration.ofSeconds(10));
	}

}
