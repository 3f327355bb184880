package org.sunshine.sms.limit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.sms.template.TemplateKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Counts messages per number (per minute, hour and day, by template kind) and per template per day, one
 * counter per window in the {@link LimitStore} (Mongo, or Redis when {@code REDIS_URL} is set). Each
 * counter is taken atomically and only while under its limit, so concurrent requests on any number of
 * replicas can never overshoot. When a later window refuses, the slots already taken are given back.
 * If the store cannot be reached (or does not answer within the timeout), verification codes are
 * refused (fail closed) and notifications go through (fail open).
 */
public class SendLimiter {

	private static final Logger log = LoggerFactory.getLogger(SendLimiter.class);

	private final LimitStore store;

	private final LimitProperties properties;

	private final Clock clock;

	private final ZoneId zone;

	SendLimiter(LimitStore store, LimitProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
		this.zone = properties.quietHours().zone();
	}

	/** Counters in Mongo. */
	SendLimiter(ReactiveMongoTemplate mongo, LimitProperties properties, Clock clock) {
		this(new MongoLimitStore(mongo), properties, clock);
	}

	/**
	 * Takes one slot in every window that applies, or none.
	 * @return the slots taken, to give back if the message is not queued after all
	 */
	public Mono<Permit> acquire(String recipientHash, TemplateKind kind, String templateCode, Integer templateDailyCap) {
		List<Slot> slots = slots(recipientHash, kind, templateCode, templateDailyCap, this.clock.instant());
		List<Slot> taken = new ArrayList<>();
		return Flux.fromIterable(slots)
			.concatMap((slot) -> take(slot).flatMap((ok) -> {
				if (!ok) {
					return Mono.error(new LimitExceededException(slot.name(), slot.max()));
				}
				taken.add(slot);
				return Mono.just(slot);
			}))
			.then(Mono.fromSupplier(() -> new Permit(List.copyOf(taken))))
			.onErrorResume(LimitExceededException.class,
					(ex) -> new Permit(List.copyOf(taken)).release().then(Mono.error(ex)))
			.onErrorResume((ex) -> !(ex instanceof LimitExceededException), (ex) -> {
				if (kind == TemplateKind.ONE_TIME_CODE) {
					log.error("Limits unavailable; refusing a verification code: {}", ex.toString());
					return Mono.error(new LimitUnavailableException(ex));
				}
				log.warn("Limits unavailable; letting a notification through: {}", ex.toString());
				return Mono.just(new Permit(List.of()));
			});
	}

	List<Slot> slots(String recipientHash, TemplateKind kind, String templateCode, Integer templateDailyCap,
			Instant now) {
		LimitProperties.Window window = (kind == TemplateKind.ONE_TIME_CODE) ? this.properties.oneTimeCode()
				: this.properties.notification();
		String prefix = "r:" + recipientHash + ":" + kind + ":";
		long epochMinute = now.getEpochSecond() / 60;
		long epochHour = now.getEpochSecond() / 3600;
		LocalDate day = now.atZone(this.zone).toLocalDate();
		Instant endOfDay = day.plusDays(1).atStartOfDay(this.zone).toInstant();
		List<Slot> slots = new ArrayList<>();
		if (window.perMinute() > 0) {
			slots.add(new Slot(prefix + "m:" + epochMinute, "per-minute", window.perMinute(),
					Instant.ofEpochSecond((epochMinute + 1) * 60)));
		}
		if (window.perHour() > 0) {
			slots.add(new Slot(prefix + "h:" + epochHour, "per-hour", window.perHour(),
					Instant.ofEpochSecond((epochHour + 1) * 3600)));
		}
		if (window.perDay() > 0) {
			slots.add(new Slot(prefix + "d:" + day, "per-day", window.perDay(), endOfDay));
		}
		if (templateDailyCap != null && templateDailyCap > 0) {
			slots.add(new Slot("t:" + templateCode + ":d:" + day, "template-daily-cap", templateDailyCap, endOfDay));
		}
		return slots;
	}

	private Mono<Boolean> take(Slot slot) {
		// A store that hangs is as good as down: codes must not wait on it.
		return this.store.take(slot).timeout(this.properties.timeout());
	}

	/** One counter window. */
	record Slot(String key, String name, int max, Instant expiresAt) {

	}

	/** Slots taken for one message. */
	public final class Permit {

		private final List<Slot> slots;

		private Permit(List<Slot> slots) {
			this.slots = slots;
		}

		/** Gives the slots back (the message was not queued after all). */
		public Mono<Void> release() {
			return Flux.fromIterable(this.slots)
				.concatMap((slot) -> SendLimiter.this.store.giveBack(slot).timeout(SendLimiter.this.properties.timeout()))
				.onErrorResume((ex) -> {
					log.warn("Could not give back a limit slot: {}", ex.toString());
					return Mono.empty();
				})
				.then();
		}

	}

}
