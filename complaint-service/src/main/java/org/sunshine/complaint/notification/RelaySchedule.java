package org.sunshine.complaint.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay every {@code complaint.notification.poll-interval}, measured from the end of the previous
 * pass. {@code complaint.notification.relay-enabled=false} leaves it out; tests call {@link SmsRelay#relay()}.
 */
final class RelaySchedule implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RelaySchedule.class);

	private final SmsRelay relay;

	private final Duration interval;

	private volatile Disposable loop;

	RelaySchedule(SmsRelay relay, Duration interval) {
		this.relay = relay;
		this.interval = interval;
	}

	@Override
	public void start() {
		this.loop = Mono.defer(this.relay::relay)
			.onErrorResume((ex) -> {
				log.warn("SMS relay pass failed; trying again in {}", this.interval, ex);
				return Mono.empty();
			})
			.then(Mono.delay(this.interval))
			.repeat()
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.loop;
		if (current != null) {
			current.dispose();
		}
		this.loop = null;
	}

	@Override
	public boolean isRunning() {
		return this.loop != null;
	}

}
