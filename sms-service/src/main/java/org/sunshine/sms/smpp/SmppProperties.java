package org.sunshine.sms.smpp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMPP client. With {@code host} blank the service starts its own in-process SMSC and binds to it.
 *
 * @param host the carrier gateway (env {@code SMPP_HOST}); blank for the embedded SMSC
 * @param port its port (env {@code SMPP_PORT})
 * @param systemId the account (env {@code SMPP_SYSTEM_ID}), at most 15 characters
 * @param password the account's password (env {@code SMPP_PASSWORD}), at most 8 characters; required
 * for a real gateway, generated at start for the embedded SMSC when blank
 * @param systemType the system_type sent on bind, often blank
 * @param sourceAddress the sender number shown to recipients (a 106… service number)
 * @param enquireLinkInterval idle time after which an enquire_link checks the link
 * @param transactionTimeout how long a submit_sm waits for its response
 * @param bindTimeout how long a bind waits for its response
 * @param reconnectMinBackoff first wait before binding again after a failure
 * @param reconnectMaxBackoff longest wait between bind attempts
 * @param sessions bound transceiver sessions kept open (carriers limit binds per account)
 * @param window most submit_sm in flight at once (the carrier's window)
 * @param maxSubmitsPerSecond the carrier's rate limit, counted in segments
 */
@ConfigurationProperties("sunshine.sms.smpp")
public record SmppProperties(String host, int port, String systemId, String password, String systemType,
		String sourceAddress, Duration enquireLinkInterval, Duration transactionTimeout, Duration bindTimeout,
		Duration reconnectMinBackoff, Duration reconnectMaxBackoff, int sessions, int window, int maxSubmitsPerSecond) {

	public SmppProperties {
		host = (host != null) ? host.strip() : "";
		port = (port > 0) ? port : 2775;
		systemId = (systemId != null && !systemId.isBlank()) ? systemId : "sunshine";
		systemType = (systemType != null) ? systemType : "";
		sourceAddress = (sourceAddress != null && !sourceAddress.isBlank()) ? sourceAddress : "10690000";
		enquireLinkInterval = orDefault(enquireLinkInterval, Duration.ofSeconds(30));
		transactionTimeout = orDefault(transactionTimeout, Duration.ofSeconds(10));
		bindTimeout = orDefault(bindTimeout, Duration.ofSeconds(5));
		reconnectMinBackoff = orDefault(reconnectMinBackoff, Duration.ofMillis(500));
		reconnectMaxBackoff = orDefault(reconnectMaxBackoff, Duration.ofSeconds(30));
		sessions = (sessions > 0) ? sessions : 1;
		window = (window > 0) ? window : 8;
		maxSubmitsPerSecond = (maxSubmitsPerSecond > 0) ? maxSubmitsPerSecond : 50;
	}

	private static Duration orDefault(Duration value, Duration fallback) {
		return (value != null && !value.isNegative() && !value.isZero()) ? value : fallback;
	}

	@Override
	public String toString() {
		return "SmppProperties[host=" + this.host + ", port=" + this.port + ", systemId=" + this.systemId
				+ ", password=(hidden)]";
	}

}
