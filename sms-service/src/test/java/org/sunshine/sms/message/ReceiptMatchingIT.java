package org.sunshine.sms.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sunshine.sms.EmbeddedStore;
import org.sunshine.sms.smpp.DeliveryReport;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receipts matched back to messages through the segment ids on the embedded store, with repositories
 * created afresh where a restart would create them.
 */
class ReceiptMatchingIT {

	private static final EmbeddedStore store = new EmbeddedStore();

	private final Instant now = Instant.parse("2026-11-23T02:00:00Z");

	private final Clock clock = Clock.fixed(this.now, ZoneId.of("Asia/Shanghai"));

	@AfterAll
	static void stop() {
		store.close();
	}

	@Test
	void shouldMatchReceiptToMessageWhenItArrivesAfterARestart() {
		MessageRepository before = new MessageRepository(store.mongo());
		SmsMessage message = stored(before, 2);
		before.recordSegment(message.id(), "primary:a1", 1, this.now).block();
		before.recordSegment(message.id(), "primary:a2", 1, this.now).block();
		before.markSubmitted(message.id(), 1, this.now).block();

		MessageRepository after = new MessageRepository(store.mongo());
		ReceiptProcessor receipts = new ReceiptProcessor(null, after, store.mongo(), this.clock);
		StepVerifier.create(receipts.process(delivered("primary:a2"))).verifyComplete();
		assertThat(after.findById(message.id()).block().status()).isEqualTo(MessageStatus.SUBMITTED);
		StepVerifier.create(receipts.process(delivered("primary:a1"))).verifyComplete();

		StepVerifier.create(after.findById(message.id())).assertNext((settled) -> {
			assertThat(settled.status()).isEqualTo(MessageStatus.DELIVERED);
			assertThat(settled.finishedAt()).isEqualTo(this.now);
			assertThat(settled.receipts()).extracting(SmsMessage.Receipt::providerId)
				.containsExactlyInAnyOrder("primary:a1", "primary:a2");
		}).verifyComplete();
		// Settled: no longer waiting for receipts (or for the expiry).
		assertThat(after.awaitingSince(this.now.plusSeconds(1), 100).collectList().block()).doesNotContain(message.id());
	}

	@Test
	void shouldApplyReceiptWhenItOutranTheSendersWriteOfTheSegmentId() {
		MessageRepository messages = new MessageRepository(store.mongo());
		ReceiptProcessor receipts = new ReceiptProcessor(null, messages, store.mongo(), this.clock);
		SmsMessage message = stored(messages, 1);

		StepVerifier.create(receipts.process(delivered("primary:early"))).verifyComplete();
		messages.recordSegment(message.id(), "primary:early", 1, this.now).block();
		SmsMessage submitted = messages.markSubmitted(message.id(), 1, this.now).block();

		StepVerifier.create(receipts.applyParked(submitted)).expectNext(true).verifyComplete();
		assertThat(messages.findById(message.id()).block().status()).isEqualTo(MessageStatus.DELIVERED);
	}

	@Test
	void shouldSettleExactlyOnceWhenReceiptsAndExpiryRace() {
		MessageRepository messages = new MessageRepository(store.mongo());
		SmsMessage message = stored(messages, 1);
		messages.recordSegment(message.id(), "primary:race", 1, this.now).block();
		messages.markSubmitted(message.id(), 1, this.now).block();

		List<MessageStatus> outcomes = List.of(MessageStatus.DELIVERED, MessageStatus.EXPIRED, MessageStatus.FAILED,
				MessageStatus.DELIVERED);
		List<MessageStatus> winners = Flux.fromIterable(outcomes)
			.flatMap((status) -> messages.finish(message.id(), status, null, this.now)
				.subscribeOn(Schedulers.parallel())
				.filter(Boolean::booleanValue)
				.map((won) -> status))
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(winners).hasSize(1);
		assertThat(messages.findById(message.id()).block().status()).isEqualTo(winners.get(0));
	}

	private SmsMessage stored(MessageRepository messages, int segments) {
		String id = UUID.randomUUID().toString();
		return messages.insert(new SmsMessage(id, "key-" + id, "fingerprint", "test", "WARNING_RED", 1,
				Priority.URGENT, Priority.URGENT.rank(), "hash", "138****0000", "sealed", "sealed", segments,
				MessageStatus.QUEUED, 0, this.now, this.now, null, null, null, null, null, null))
			.block(Duration.ofSeconds(10));
	}

	private static DeliveryReport delivered(String providerId) {
		return new DeliveryReport(providerId, DeliveryReport.Outcome.DELIVERED, "DELIVRD", "000");
	}

}
