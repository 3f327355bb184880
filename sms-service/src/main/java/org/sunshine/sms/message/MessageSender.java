package org.sunshine.sms.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.sms.limit.QuietHours;
import org.sunshine.sms.privacy.FieldCipher;
import org.sunshine.sms.smpp.SmppClient;
import org.sunshine.sms.smpp.SmppGateway;
import org.sunshine.sms.smpp.SmppProperties;
import org.sunshine.sms.smpp.Submission;
import org.sunshine.sms.smpp.SubmitException;
import org.sunshine.sms.smpp.Ucs2Segmenter;
import org.sunshine.defaults.lifecycle.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

import org.springframework.stereotype.Component;

/**
 * Works through the {@link SendQueue}: finds due entries (URGENT first) in batches, claims each with an
 * atomic findAndModify on its lock, submits the message's segments (as many messages in flight as the
 * carrier's window allows), records each SMSC id as it comes back, and on failure either reschedules
 * with backoff or records the permanent reason. A retry sends only the segments not yet accepted, so a
 * failure in mid-message duplicates nothing. A sender that died leaves its entries to the others once
 * its lease runs out; the lease must outlast one message's segments at the transaction timeout.
 */
@Component
class MessageSender extends BackgroundSubscription {

	private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

	private static final int EXPIRY_BATCH = 100;

	private static final int CLAIMS_IN_FLIGHT = 4;

	/** How often SUBMITTED messages are checked for receipts that never came. */
	private static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(1);

	/** How long a queue entry may wait for its message before it counts as left behind by a crash. */
	private static final Duration ORPHAN_AFTER = Duration.ofMinutes(1);

	private final MessageRepository messages;

	private final SendQueue queue;

	private final ReceiptProcessor receipts;

	private final SmppGateway gateway;

	private final FieldCipher cipher;

	private final SendingProperties properties;

	private final int window;

	private final QuietHours quietHours;

	private final Clock clock;

	private final String worker = "sender-" + UUID.randomUUID().toString().substring(0, 8);

	private final Sinks.Many<Boolean> wakeups = Sinks.many().multicast().directBestEffort();

	private volatile Instant nextExpiryCheck = Instant.MIN;

	MessageSender(MessageRepository messages, SendQueue queue, ReceiptProcessor receipts, SmppGateway gateway,
			FieldCipher cipher, SendingProperties properties, SmppProperties smpp, QuietHours quietHours, Clock clock) {
		this.messages = messages;
		this.queue = queue;
		this.receipts = receipts;
		this.gateway = gateway;
		this.cipher = cipher;
		this.properties = properties;
		this.window = smpp.window();
		this.quietHours = quietHours;
		this.clock = clock;
	}

	/** Checks the queue now instead of at the next poll. */
	void wake() {
		this.wakeups.tryEmitNext(Boolean.TRUE);
	}

	/** One pass: expire stale SUBMITTED messages (now and then), then send until nothing is due. */
	Mono<Void> drain() {
		if (!this.gateway.isBound()) {
			return Mono.empty();
		}
		return expireStale().then(work());
	}

	/**
	 * Finds a batch of due entries and claims them, sends them with up to {@code window} messages in
	 * flight, and finds and claims the next batch while this one is being sent, until a search finds
	 * nothing or the link is down. A batch is searched for only once every claim of the one before has
	 * landed: a search that ran while claims were still on their way found those entries again, and
	 * every message cost two claims, one of them lost.
	 */
	private Mono<Void> work() {
		int batch = 2 * this.window;
		Mono<Batch> next = Mono.defer(() -> this.queue.due(this.clock.instant(), batch).collectList())
			.flatMap((found) -> Flux.fromIterable(found)
				// A few claims at a time (each is one round trip), still in the order found.
				.flatMapSequential((seen) -> this.queue.claim(seen, this.clock.instant(), this.properties.lease(),
						this.worker), CLAIMS_IN_FLIGHT)
				.collectList()
				.map((claimed) -> new Batch(!found.isEmpty(), claimed)));
		return next.repeat()
			.takeWhile((claims) -> claims.foundAny() && this.gateway.isBound())
			.concatMapIterable(Batch::claimed, 1)
			.flatMap((claimed) -> send(claimed).onErrorResume((ex) -> {
				// The store failed mid-message: the lease brings it back.
				log.warn("Sending {} failed: {}", claimed.id(), ex.toString());
				return Mono.empty();
			}), this.window)
			.then();
	}

	/** The entries of one search that this sender claimed; {@code foundAny} false: nothing was due. */
	private record Batch(boolean foundAny, List<SendQueue.Entry> claimed) {

	}

	/** Sends the message of a claimed queue entry. */
	Mono<Void> send(SendQueue.Entry claimed) {
		// Not switchIfEmpty: a send completes empty too.
		return this.messages.findById(claimed.id())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((message) -> message.isPresent() ? send(message.get(), claimed) : orphan(claimed));
	}

	private Mono<Void> send(SmsMessage message, SendQueue.Entry claimed) {
		int attempts = claimed.attempts();
		if (message.status() != MessageStatus.QUEUED && message.status() != MessageStatus.SENDING) {
			// Submitted or failed already (its sender stopped before removing the entry).
			return this.queue.remove(claimed).then();
		}
		if (attempts > this.properties.maxAttempts()) {
			return giveUp(message, claimed,
					"gave up after " + (attempts - 1) + " attempts: " + message.lastError(), attempts - 1);
		}
		String phone;
		List<byte[]> payloads;
		try {
			phone = this.cipher.decrypt(message.recipientSealed());
			payloads = Ucs2Segmenter.encode(this.cipher.decrypt(message.textSealed()), reference(message.id()));
		}
		catch (IllegalStateException ex) {
			return giveUp(message, claimed, ex.getMessage(), attempts);
		}
		boolean udh = payloads.size() > 1;
		boolean urgent = message.priority() == Priority.URGENT;
		int done = message.providerIds().size();
		int last = payloads.size() - 1;
		return Flux.range(done, payloads.size() - done)
			.concatMap((segment) -> {
				if (!this.clock.instant().isBefore(claimed.leaseUntil())) {
					return Mono.error(new LostClaimException(message.id()));
				}
				return this.gateway.submit(new Submission(phone, payloads.get(segment), udh, urgent))
					.flatMap((providerId) -> (segment == last)
							? this.messages.recordLastSegment(message.id(), providerId, attempts, this.clock.instant())
							: this.messages.recordSegment(message.id(), providerId, attempts, this.clock.instant())
								.then(Mono.empty()));
			})
			.next()
			// Every segment was accepted by an earlier attempt that stopped before it could say so.
			.switchIfEmpty(Mono.defer(() -> this.messages.markSubmitted(message.id(), attempts, this.clock.instant())))
			.flatMap((submitted) -> this.queue.remove(claimed).then(this.receipts.applyParked(submitted)))
			.then()
			.onErrorResume(SubmitException.class, (ex) -> failed(message, claimed, ex))
			.onErrorResume(LostClaimException.class, (ex) -> {
				log.warn("The lease on message {} ran out while sending; leaving it to the next claim", message.id());
				return Mono.empty();
			});
	}

	private Mono<Void> failed(SmsMessage message, SendQueue.Entry claimed, SubmitException ex) {
		Instant now = this.clock.instant();
		int attempts = claimed.attempts();
		if (!ex.retryable()) {
			log.info("Message {} to {} failed: {}", message.id(), message.recipientMasked(), ex.getMessage());
			return giveUp(message, claimed, ex.getMessage(), attempts);
		}
		if (attempts >= this.properties.maxAttempts()) {
			log.info("Message {} to {} failed after {} attempts: {}", message.id(), message.recipientMasked(),
					attempts, ex.getMessage());
			return giveUp(message, claimed, "gave up after " + attempts + " attempts: " + ex.getMessage(), attempts);
		}
		// A link that is down is not the message's fault: do not spend one of its attempts on it.
		boolean countAttempt = this.gateway.isBound();
		// A retry of a NORMAL or BULK message must not land in quiet hours either.
		Instant next = this.quietHours.releaseAt(
				now.plus(this.properties.backoff(attempts, ThreadLocalRandom.current().nextDouble())),
				message.priority() == Priority.URGENT);
		log.info("Message {} attempt {} failed ({}); next try at {}", message.id(), attempts, ex.getMessage(), next);
		return this.messages.reschedule(message.id(), next, ex.getMessage(), countAttempt ? attempts : attempts - 1)
			.then(this.queue.release(claimed, next, countAttempt))
			.then();
	}

	private Mono<Void> giveUp(SmsMessage message, SendQueue.Entry claimed, String reason, int attempts) {
		return this.messages.fail(message.id(), reason, attempts, this.clock.instant())
			.then(this.queue.remove(claimed))
			.then();
	}

	/**
	 * An entry whose message is not in the log: the accepting request is still storing it (try again
	 * shortly), or it stopped before it could (drop the entry).
	 */
	private Mono<Void> orphan(SendQueue.Entry claimed) {
		Instant now = this.clock.instant();
		if (claimed.createdAt() != null && claimed.createdAt().plus(ORPHAN_AFTER).isBefore(now)) {
			log.warn("Dropping queue entry {}: its message was never stored", claimed.id());
			return this.queue.remove(claimed).then();
		}
		return this.queue.release(claimed, now.plusSeconds(1), false).then();
	}

	/**
	 * Once at start: every unsent message gets a queue entry if it has none (stored by a version without
	 * the queue). One pass over the unsent messages; a failure is logged and sending starts anyway.
	 */
	private Mono<Void> adoptUnsent() {
		return this.messages.unsent()
			.concatMap((message) -> this.queue.adopt(message, this.clock.instant()))
			.filter(Boolean::booleanValue)
			.count()
			.doOnNext((adopted) -> {
				if (adopted > 0) {
					log.info("Queued {} unsent messages that had no queue entry", adopted);
				}
			})
			.then()
			.onErrorResume((ex) -> {
				log.error("Could not check for unsent messages without a queue entry: {}", ex.toString());
				return Mono.empty();
			});
	}

	/** SUBMITTED messages that never got their receipts become EXPIRED. */
	private Mono<Void> expireStale() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextExpiryCheck)) {
			return Mono.empty();
		}
		this.nextExpiryCheck = now.plus(EXPIRY_INTERVAL);
		return this.messages.awaitingSince(now.minus(this.properties.receiptTimeout()), EXPIRY_BATCH)
			.concatMap((id) -> this.messages.finish(id, MessageStatus.EXPIRED,
					"no delivery receipt within " + this.properties.receiptTimeout(), now))
			.then();
	}

	/** The concatenation reference: fixed per message, so segments of different attempts still join. */
	static int reference(String messageId) {
		return messageId.hashCode() & 0xFF;
	}

	@Override
	protected Disposable subscribe() {
		return this.messages.ready()
			.then(this.queue.ready())
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30)))
			.then(adoptUnsent())
			.thenMany(Flux.merge(Flux.interval(this.properties.pollInterval()), this.wakeups.asFlux()))
			// A wake-up during a pass is kept (only one): what was queued meanwhile goes at once.
			.onBackpressureLatest()
			.concatMap((tick) -> drain().onErrorResume((ex) -> {
				log.error("Sending pass failed: {}", ex.toString());
				return Mono.empty();
			}), 1)
			.subscribe(null, (ex) -> log.error("The sender stopped", ex));
	}

	/** Starts after the client, stops before it. */
	@Override
	public int getPhase() {
		return SmppClient.PHASE + 10;
	}

	/** Another sender holds the message now (this one's lease ran out). */
	private static final class LostClaimException extends RuntimeException {

		LostClaimException(String id) {
			super("lost the claim on " + id, null, false, false);
		}

	}

}
