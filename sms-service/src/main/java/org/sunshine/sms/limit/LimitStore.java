package org.sunshine.sms.limit;

import reactor.core.publisher.Mono;

/** Where the limit counters live: one counter per window, taken only while under its maximum. */
interface LimitStore {

	/**
	 * Adds one to the slot's counter if it is still below {@code slot.max()}, atomically across replicas.
	 * @return {@code true} when taken, {@code false} when the window is full; an error when the store is
	 * unreachable
	 */
	Mono<Boolean> take(SendLimiter.Slot slot);

	/** Subtracts the one taken earlier (the message was not queued after all). */
	Mono<Void> giveBack(SendLimiter.Slot slot);

}
