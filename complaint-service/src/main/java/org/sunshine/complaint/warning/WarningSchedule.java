package org.sunshine.complaint.warning;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the warning scan every {@code complaint.warning.scan-interval} (measured from the end of the previous
 * pass, so passes never overlap on one replica). {@code complaint.warning.scan-enabled=false} leaves it out;
 * tests call {@link WarningScan#scan()} themselves with a clock they move.
 */
@Component
@ConditionalOnProperty(name = "complaint.warning.scan-enabled", havingValue = "true", matchIfMissing = true)
class WarningSchedule implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WarningSchedule.class);

	private final WarningScan scan;

	private final Duration interval;

	private volatile Disposable loop;

	WarningSchedule(WarningScan scan, WarningProperties properties) {
		this.scan = scan;
		this.interval = properties.scanInterval();
	}

	@Override
	public void start() {
		this.loop = Mono.defer(this.scan::scan)
			.onErrorResume((ex) -> {
				log.warn("Warning scan failed; trying again in {}", this.interval, ex);
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
