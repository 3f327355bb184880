package org.sunshine.sms.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Works through the queue: claims due messages (URGENT first) with an atomic findAndModify, submits
 * their segments, records each SMSC id as it comes back, and on failure either reschedules with
 * backoff or records the permanent reason. As many workers run as the carrier's window allows. A
 * retry sends only the segments not yet accepted, so a failure in mid-message duplicates nothing.
 */
@Component
class MessageSender extends BackgroundSubscription {

	private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

	private static final int EXPIRY_BATCH = 100;

	private final MessageRepository messages;

	private final ReceiptProcessor receipts;

	private final SmppGateway gateway;

	private final FieldCipher cipher;

	private final SendingProperties properties;

	private final int window;

	private final QuietHours quietHours;

	private final Clock clock;

	private final String worker = "sender-" + UUID.randomUUID().toString().substring(0, 8);

	private final Sinks.Many<Boolean> wakeups = Sinks.many().multicast().directBestEffort();

	MessageSender(MessageRepository messages, ReceiptProcessor receipts, SmppGateway gateway, FieldCipher cipher,
			SendingProperties properties, SmppProperties smpp, QuietHours quietHours, Clock clock) {
		this.messages = messages;
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

	/** One pass: expire stale SUBMITTED messages, then send until nothing is due. */
	Mono<Void> drain() {
		if (!this.gateway.isBound()) {
			return Mono.empty();
		}
		return expireStale().then(Flux.range(0, this.window).flatMap((i) -> work(), this.window).then());
	}

	/** One worker: claim, send, repeat until the queue has nothing due or the link is down. */
	private Mono<Void> work() {
		return Mono.defer(() -> this.messages.claimNext(this.clock.instant(), this.properties.lease(), this.worker))
			.flatMap((message) -> send(message).thenReturn(true))
			.defaultIfEmpty(false)
			.repeat()
			.takeWhile((sent) -> sent && this.gateway.isBound())
			.then();
	}

	Mono<Void> send(SmsMessage message) {
		if (message.attempts() > this.properties.maxAttempts()) {
			return this.messages
				.fail(message.id(), this.worker, "gave up after " + (message.attempts() - 1) + " attempts: "
						+ message.lastError(), this.clock.instant())
				.then();
		}
		String phone;
		List<byte[]> payloads;
		try {
			phone = this.cipher.decrypt(message.recipientSealed());
			payloads = Ucs2Segmenter.encode(this.cipher.decrypt(message.textSealed()), reference(message.id()));
		}
		catch (IllegalStateException ex) {
			return this.messages.fail(message.id(), this.worker, ex.getMessage(), this.clock.instant()).then();
		}
		boolean udh = payloads.size() > 1;
		boolean urgent = message.priority() == Priority.URGENT;
		int done = message.providerIds().size();
		return Flux.range(done, payloads.size() - done)
			.concatMap((segment) -> this.gateway.submit(new Submission(phone, payloads.get(segment), udh, urgent))
				.flatMap((providerId) -> this.messages.recordSegment(message.id(), this.worker, providerId))
				.switchIfEmpty(Mono.error(() -> new LostClaimException(message.id()))))
			.then(Mono.defer(() -> this.messages.markSubmitted(message.id(), this.worker, this.clock.instant())))
			.flatMap(this.receipts::applyParked)
			.then()
			.onErrorResume(SubmitException.class, (ex) -> failed(message, ex))
			.onErrorResume(LostClaimException.class, (ex) -> {
				log.warn("Message {} was taken over by another sender; leaving it", message.id());
				return Mono.empty();
			});
	}

	private Mono<Void> failed(SmsMessage message, SubmitException ex) {
		Instant now = this.clock.instant();
		if (!ex.retryable()) {
			log.info("Message {} to {} failed: {}", message.id(), message.recipientMasked(), ex.getMessage());
			return this.messages.fail(message.id(), this.worker, ex.getMessage(), now).then();
		}
		if (message.attempts() >= this.properties.maxAttempts()) {
			log.info("Message {} to {} failed after {} attempts: {}", message.id(), message.recipientMasked(),
					message.attempts(), ex.getMessage());
			return this.messages
				.fail(message.id(), this.worker, "gave up after " + message.attempts() + " attempts: " + ex.getMessage(), now)
				.then();
		}
		// A link that is down is not the message's fault: do not spend one of its attempts on it.
		boolean countAttempt = this.gateway.isBound();
		// A retry of a NORMAL or BULK message must not land in quiet hours either.
		Instant next = this.quietHours.releaseAt(
				now.plus(this.properties.backoff(message.attempts(), ThreadLocalRandom.current().nextDouble())),
				message.priority() == Priority.URGENT);
		log.info("Message {} attempt {} failed ({}); next try at {}", message.id(), message.attempts(), ex.getMessage(),
				next);
		return this.messages.reschedule(message.id(), this.worker, next, ex.getMessage(), countAttempt).then();
	}

	/** SUBMITTED messages that never got their receipts become EXPIRED. */
	private Mono<Void> expireStale() {
		Instant now = this.clock.instant();
		return this.messages.submittedBefore(now.minus(this.properties.receiptTimeout()), EXPIRY_BATCH)
			.concatMap((message) -> this.messages.finish(message.id(), MessageStatus.EXPIRED,
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
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30)))
			.thenMany(Flux.merge(Flux.interval(this.properties.pollInterval()), this.wakeups.asFlux()))
			.onBackpressureDrop()
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
