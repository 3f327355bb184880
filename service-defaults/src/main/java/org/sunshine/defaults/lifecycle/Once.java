package org.sunshine.defaults.lifecycle;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * One-time setup shared by every caller (a store's indexes, seed data): the first subscriber runs it,
 * later ones get its outcome. A success (a value or plain completion) is kept for good; a failure is
 * not, so the next caller tries again (typically the store was not up yet).
 */
public final class Once {

	private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);

	private Once() {
	}

	public static <T> Mono<T> untilSuccess(Mono<T> setup) {
		return setup.cache((value) -> FOREVER, (ex) -> Duration.ZERO, () -> FOREVER);
	}

}
