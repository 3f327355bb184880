package org.sunshine.sms.message;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.sms.limit.QuietHours;
import org.sunshine.sms.limit.SendLimiter;
import org.sunshine.sms.privacy.FieldCipher;
import org.sunshine.sms.recipient.OptOutService;
import org.sunshine.sms.recipient.OptedOutException;
import org.sunshine.sms.recipient.PhoneNumber;
import org.sunshine.sms.smpp.Ucs2Segmenter;
import org.sunshine.sms.template.RenderedMessage;
import org.sunshine.sms.template.TemplateKind;
import org.sunshine.sms.template.TemplateService;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Accepts send requests: checks idempotency, renders the template, checks length, opt-out and limits, and
 * queues the message (held until morning in quiet hours unless URGENT). The unique index on the
 * idempotency key is the final word: whichever replica inserts first wins, the others answer with
 * that message.
 */
@Service
class MessageService {

	private static final Logger log = LoggerFactory.getLogger(MessageService.class);

	private final TemplateService templates;

	private final MessageRepository messages;

	private final SendQueue queue;

	private final MessageSender sender;

	private final FieldCipher cipher;

	private final SendLimiter limiter;

	private final OptOutService optOuts;

	private final QuietHours quietHours;

	private final SendingProperties properties;

	private final Clock clock;

	MessageService(TemplateService templates, MessageRepository messages, SendQueue queue, MessageSender sender, FieldCipher cipher,
			SendLimiter limiter, OptOutService optOuts, QuietHours quietHours, SendingProperties properties,
			Clock clock) {
		this.templates = templates;
		this.messages = messages;
		this.queue = queue;
		this.sender = sender;
		this.cipher = cipher;
		this.limiter = limiter;
		this.optOuts = optOuts;
		this.quietHours = quietHours;
		this.properties = properties;
		this.clock = clock;
	}

	/** Queues the message, or answers with the one already queued under the same key. */
	Mono<MessageAccepted> accept(SendSmsRequest request, String caller) {
		PhoneNumber phone = PhoneNumber.parse(request.phone());
		String fingerprint = fingerprint(request, phone);
		// The key first: a resend is answered with the original even if the template changed since.
		return this.messages.ready()
			.then(this.messages.findByIdempotencyKey(request.idempotencyKey()))
			.map((existing) -> duplicate(existing, fingerprint, request.idempotencyKey()))
			.switchIfEmpty(Mono.defer(() -> this.templates.render(request.template(), request.params())
				.flatMap((rendered) -> {
					int segments = Ucs2Segmenter.count(rendered.text());
					if (segments > this.properties.maxSegments()) {
						return Mono.error(new TooManySegmentsException(segments, this.properties.maxSegments()));
					}
					return queue(request, caller, phone, fingerprint, rendered, segments);
				})));
	}

	private Mono<MessageAccepted> queue(SendSmsRequest request, String caller, PhoneNumber phone, String fingerprint,
			RenderedMessage rendered, int segments) {
		String recipientHash = this.cipher.hash(phone.national());
		Mono<Boolean> optedOut = rendered.essential() ? Mono.just(false) : this.optOuts.isOptedOut(recipientHash);
		return optedOut.flatMap((out) -> {
			if (out) {
				return Mono.error(new OptedOutException(phone.masked()));
			}
			return this.limiter.acquire(recipientHash, rendered.kind(), rendered.templateCode(), rendered.dailyCap());
		}).flatMap((permit) -> {
			Instant now = this.clock.instant();
			Priority priority = effectivePriority(request.priority(), rendered.kind());
			Instant notBefore = this.quietHours.releaseAt(now, priority == Priority.URGENT);
			SmsMessage message = new SmsMessage(UUID.randomUUID().toString(), request.idempotencyKey(), fingerprint,
					caller, rendered.templateCode(), rendered.templateVersion(), priority, priority.rank(), recipientHash,
					phone.masked(), this.cipher.encrypt(phone.national()),
					this.cipher.encrypt(rendered.text()), segments, MessageStatus.QUEUED, 0, now, notBefore, null, null,
					null, null, null, null);
			// The queue entry first: a message in the log always has one (an entry left without its message
			// by a crash is dropped by the sender).
			return this.queue.add(message.id(), priority, notBefore, now)
				.then(this.messages.insert(message))
				.doOnNext((queued) -> {
					log.info("Queued {} {} to {} ({} segments, {})", queued.templateCode(), queued.id(),
							queued.recipientMasked(), segments, queued.priority());
					this.sender.wake();
				})
				.map((queued) -> MessageAccepted.of(queued, false))
				.onErrorResume(DuplicateKeyException.class, (ex) -> this.queue.remove(message.id())
					.then(permit.release())
					.then(this.messages.findByIdempotencyKey(request.idempotencyKey()))
					.map((existing) -> duplicate(existing, fingerprint, request.idempotencyKey())));
		});
	}

	/**
	 * A verification code is useless once its few minutes are over, so it always goes URGENT: first in
	 * line and never held by quiet hours, whatever the caller asked for.
	 */
	static Priority effectivePriority(Priority requested, TemplateKind kind) {
		return (kind == TemplateKind.ONE_TIME_CODE) ? Priority.URGENT : requested;
	}

	private static MessageAccepted duplicate(SmsMessage existing, String fingerprint, String key) {
		if (!existing.fingerprint().equals(fingerprint)) {
			throw new IdempotencyConflictException(key, existing.id());
		}
		return MessageAccepted.of(existing, true);
	}

	/** Keyed, so the stored fingerprint reveals neither the number nor the parameters. */
	private String fingerprint(SendSmsRequest request, PhoneNumber phone) {
		StringBuilder canonical = new StringBuilder().append(request.template()).append('\n');
		for (Map.Entry<String, String> param : new TreeMap<>(request.params()).entrySet()) {
			canonical.append(param.getKey()).append('=').append(param.getValue()).append('\n');
		}
		canonical.append(phone.national()).append('\n').append(request.priority());
		return this.cipher.hash(canonical.toString());
	}

}
