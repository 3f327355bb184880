package org.sunshine.complaint.system;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import org.sunshine.defaults.lifecycle.BackgroundSubscription;

/**
 * Runs a background pass (the warning scan, the SMS relay) again and again, the next one
 * {@code interval} after the previous one ended, so passes never overlap on one replica; a failed
 * pass is logged and the next one comes as usual. Tests leave these out and call the pass itself.
 */
public final class RepeatingPass extends BackgroundSubscription {

	private static final Logger log = LoggerFactory.getLogger(RepeatingPass.class);

	private final String name;

	private final Supplier<Mono<?>> pass;

	private final Duration interval;

	public RepeatingPass(String name, Supplier<Mono<?>> pass, Duration interval) {
		this.name = name;
		this.pass = pass;
		this.interval = interval;
	}

	@Override
	protected Disposable subscribe() {
		return Mono.defer(this.pass)
			.onErrorResume((ex) -> {
				log.warn("{} failed; trying again in {}", this.name, this.interval, ex);
				return Mono.empty();
			})
			.then(Mono.delay(this.interval))
			.repeat()
			.subscribe();
	}

}
