package org.sunshine.sms.smpp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A second SMSC used while the primary link is down. Timeouts, window and sender number are those of
 * {@link SmppProperties}.
 *
 * @param host the fallback gateway (env {@code SMPP_FALLBACK_HOST}); blank for none
 * @param port its port (env {@code SMPP_FALLBACK_PORT})
 * @param systemId its account (env {@code SMPP_FALLBACK_SYSTEM_ID})
 * @param password its password (env {@code SMPP_FALLBACK_PASSWORD}), required with a host
 * @param embedded with no host: start a second embedded SMSC as the fallback (local runs, tests)
 */
@ConfigurationProperties("sunshine.sms.fallback")
public record FallbackProperties(String host, int port, String systemId, String password, boolean embedded) {

	public FallbackProperties {
		host = (host != null) ? host.strip() : "";
		port = (port > 0) ? port : 2775;
		systemId = (systemId != null && !systemId.isBlank()) ? systemId : "sunshine";
	}

	@Override
	public String toString() {
		return "FallbackProperties[host=" + this.host + ", port=" + this.port + ", systemId=" + this.systemId
				+ ", password=(hidden), embedded=" + this.embedded + "]";
	}

}
