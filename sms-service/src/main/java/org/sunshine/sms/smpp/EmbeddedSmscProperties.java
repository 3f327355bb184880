package org.sunshine.sms.smpp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process SMSC started when {@code SMPP_HOST} is not set.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param failureRate share of submit_sm answered with {@code failureStatus}, 0.0–1.0
 * @param failureStatus command_status of an injected failure (default ESME_RSYSERR, retryable)
 * @param latency delay before each submit_sm_resp
 * @param receiptDelay delay between submit_sm_resp and the delivery receipt
 * @param history how many of the latest accepted segments it keeps for inspection and for telling
 * duplicates (0: {@value #DEFAULT_HISTORY}); older ones are forgotten, so a long local run does not
 * fill the heap
 */
@ConfigurationProperties("sunshine.sms.embedded")
public record EmbeddedSmscProperties(int port, double failureRate, int failureStatus, Duration latency,
		Duration receiptDelay, int history) {

	/** About 20 MB of heap: segments, their texts and the duplicate counts. */
	public static final int DEFAULT_HISTORY = 20_000;

	public EmbeddedSmscProperties {
		if (port < 0 || failureRate < 0 || failureRate > 1 || history < 0) {
			throw new IllegalArgumentException("port and history must be >= 0 and failure-rate within 0..1");
		}
		history = (history > 0) ? history : DEFAULT_HISTORY;
		failureStatus = (failureStatus > 0) ? failureStatus : SmppStatus.ESME_RSYSERR;
		latency = (latency != null) ? latency : Duration.ZERO;
		receiptDelay = (receiptDelay != null) ? receiptDelay : Duration.ofMillis(50);
	}

}
