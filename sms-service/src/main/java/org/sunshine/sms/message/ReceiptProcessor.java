package org.sunshine.sms.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.sms.message.SmsMessage.Receipt;
import org.sunshine.sms.smpp.DeliveryReport;
import org.sunshine.sms.smpp.SmppClient;
import org.sunshine.sms.smpp.SmppGateway;
import org.sunshine.defaults.lifecycle.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Matches delivery receipts to messages by SMSC message id (one lookup by {@code _id} in
 * {@code sms_segments}) and settles a message once its receipts decide it (all segments delivered, or any
 * failed or expired). A receipt can outrun the sender's write of that id; it is then parked in
 * {@code sms_receipts} and applied when the sender finishes. Every step is idempotent, so a receipt the
 * SMSC delivers twice changes nothing.
 */
@Component
class ReceiptProcessor extends BackgroundSubscription {

	private static final Logger log = LoggerFactory.getLogger(ReceiptProcessor.class);

	private final SmppGateway gateway;

	private final MessageRepository messages;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	ReceiptProcessor(SmppGateway gateway, MessageRepository messages, ReactiveMongoTemplate mongo, Clock clock) {
		this.gateway = gateway;
		this.messages = messages;
		this.mongo = mongo;
		this.clock = clock;
	}

	Mono<Void> process(DeliveryReport report) {
		if (report.outcome() == DeliveryReport.Outcome.PENDING) {
			return Mono.empty();
		}
		Receipt receipt = new Receipt(report.providerId(), report.outcome(), report.stat(), report.error());
		return apply(receipt).switchIfEmpty(Mono.defer(() -> park(receipt))).then();
	}

	/** Adds the receipt to the message that owns its segment and settles it; empty when no message does (yet). */
	private Mono<Boolean> apply(Receipt receipt) {
		return this.messages.messageIdOf(receipt.providerId())
			.flatMap((id) -> this.messages.addReceipt(id, receipt))
			.flatMap(this::settle);
	}

	/**
	 * Parks a receipt whose id no message carries yet, then looks once more: if the sender wrote the
	 * id meanwhile it will not see the parked receipt, so it must be applied here.
	 */
	private Mono<Boolean> park(Receipt receipt) {
		ParkedReceipt parked = new ParkedReceipt(receipt.providerId(), receipt, this.clock.instant());
		return this.mongo.save(parked)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(parked))
			.then(this.messages.messageIdOf(receipt.providerId()))
			.flatMap((id) -> this.messages.addReceipt(id, receipt))
			.flatMap((message) -> unpark(receipt.providerId()).then(settle(message)))
			.defaultIfEmpty(false);
	}

	/** Applies receipts that arrived before the sender recorded these ids; then settles. */
	Mono<Boolean> applyParked(SmsMessage message) {
		List<String> ids = message.providerIds();
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), ParkedReceipt.class)
			.concatMap((parked) -> this.messages.addReceipt(message.id(), parked.receipt())
				.then(unpark(parked.id()))
				.thenReturn(parked))
			.count()
			// Without parked receipts the message as submitted is current enough: a receipt added after
			// that write is settled by its own processor.
			.flatMap((applied) -> (applied == 0) ? Mono.just(message) : this.messages.findById(message.id()))
			.flatMap(this::settle)
			.defaultIfEmpty(false);
	}

	/** Moves a SUBMITTED message to its final status once its receipts decide it. */
	Mono<Boolean> settle(SmsMessage message) {
		if (message.status() != MessageStatus.SUBMITTED) {
			return Mono.just(false);
		}
		Instant now = this.clock.instant();
		for (Receipt receipt : message.receipts()) {
			if (receipt.outcome() == DeliveryReport.Outcome.FAILED) {
				return this.messages.finish(message.id(), MessageStatus.FAILED,
						"receipt stat:" + receipt.stat() + " err:" + receipt.error(), now);
			}
		}
		for (Receipt receipt : message.receipts()) {
			if (receipt.outcome() == DeliveryReport.Outcome.EXPIRED) {
				return this.messages.finish(message.id(), MessageStatus.EXPIRED, "receipt stat:" + receipt.stat(), now);
			}
		}
		long delivered = message.receipts()
			.stream()
			.filter((r) -> r.outcome() == DeliveryReport.Outcome.DELIVERED)
			.map(Receipt::providerId)
			.distinct()
			.count();
		if (delivered >= message.segments() && message.providerIds().size() >= message.segments()) {
			return this.messages.finish(message.id(), MessageStatus.DELIVERED, null, now);
		}
		return Mono.just(false);
	}

	private Mono<Void> unpark(String providerId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(providerId)), ParkedReceipt.class).then();
	}

	@Override
	protected Disposable subscribe() {
		return this.gateway.reports()
			.flatMap((report) -> process(report).onErrorResume((ex) -> {
				log.error("Could not record the receipt for {}: {}", report.providerId(), ex.getMessage());
				return Mono.empty();
			}), 16)
			.subscribe();
	}

	/** Subscribed before the client binds, so no receipt is published to nobody. */
	@Override
	public int getPhase() {
		return SmppClient.PHASE - 10;
	}

	/** A receipt waiting for its message to record the segment's id. */
	@Document("sms_receipts")
	record ParkedReceipt(@Id String id, Receipt receipt, Instant receivedAt) {

	}

}
