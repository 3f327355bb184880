package org.sunshine.sms.message;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the sender works through the queue.
 *
 * @param maxAttempts attempts before a message that keeps failing transiently is FAILED
 * @param initialBackoff wait before the second attempt; doubles per attempt
 * @param maxBackoff longest wait between attempts
 * @param pollInterval how often the queue is checked when nothing wakes the sender
 * @param lease how long a claim keeps other replicas away from a message being sent
 * @param maxSegments longest message accepted, in segments
 * @param receiptTimeout how long a SUBMITTED message waits for receipts before it is EXPIRED
 */
@ConfigurationProperties("sunshine.sms.sending")
record SendingProperties(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration pollInterval,
		Duration lease, int maxSegments, Duration receiptTimeout) {

	SendingProperties {
		maxAttempts = (maxAttempts > 0) ? maxAttempts : 5;
		initialBackoff = (initialBackoff != null) ? initialBackoff : Duration.ofSeconds(2);
		maxBackoff = (maxBackoff != null) ? maxBackoff : Duration.ofMinutes(5);
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(1);
		lease = (lease != null) ? lease : Duration.ofMinutes(2);
		maxSegments = (maxSegments > 0) ? maxSegments : 10;
		receiptTimeout = (receiptTimeout != null) ? receiptTimeout : Duration.ofHours(72);
	}

	/** Wait before the attempt after {@code attempts} failed ones: doubling, capped, 0–20 % jitter. */
	Duration backoff(int attempts, double jitter) {
		long base = Math.min(this.maxBackoff.toMillis(), this.initialBackoff.toMillis() << Math.min(attempts - 1, 30));
		return Duration.ofMillis(base + (long) (base * 0.2 * jitter));
	}

}
