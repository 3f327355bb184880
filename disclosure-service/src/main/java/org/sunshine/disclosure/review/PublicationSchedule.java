package org.sunshine.disclosure.review;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes approved versions whose {@code publishAt} has come, and repairs any publication a crash
 * left half done. Runs on a fixed delay; a run still in progress makes the next one skip.
 */
@Component
class PublicationSchedule {

	private static final Logger log = LoggerFactory.getLogger(PublicationSchedule.class);

	private final Publisher publisher;

	private final AtomicBoolean running = new AtomicBoolean();

	PublicationSchedule(Publisher publisher) {
		this.publisher = publisher;
	}

	@Scheduled(fixedDelayString = "${sunshine.disclosure.publish-interval:5s}", initialDelayString = "${sunshine.disclosure.publish-interval:5s}")
	void publishDue() {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		this.publisher.publishDue()
			.doFinally((signal) -> this.running.set(false))
			.subscribe((count) -> {
				if (count > 0) {
					log.info("Published {} scheduled or interrupted version(s)", count);
				}
			}, (error) -> log.warn("Scheduled publication failed; the next run retries", error));
	}

}
