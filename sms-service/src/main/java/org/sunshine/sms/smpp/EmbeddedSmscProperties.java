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
 */
@ConfigurationProperties("sunshine.sms.embedded")
public record EmbeddedSmscProperties(int port, double failureRate, int failureStatus, Duration latency,
		Duration receiptDelay) {

	public EmbeddedSmscProperties {
		if (port < 0 || failureRate < 0 || failureRate > 1) {
			throw new IllegalArgumentException("port must be >= 0 and failure-rate within 0..1");
		}
		failureStatus = (failureStatus > 0) ? failureStatus : SmppStatus.ESME_RSYSERR;
		latency = (latency != null) ? latency : Duration.ZERO;
		receiptDelay = (receiptDelay != null) ? receiptDelay : Duration.ofMillis(50);
	}

}
