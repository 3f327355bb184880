package org.sunshine.complaint.warning;

import org.sunshine.complaint.system.RepeatingPass;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WarningConfiguration {

	/**
	 * The scan every {@code complaint.warning.scan-interval}; {@code complaint.warning.scan-enabled=false}
	 * leaves it out, and tests call {@link WarningScan#scan()} with a clock they move.
	 */
	@Bean
	@ConditionalOnProperty(name = "complaint.warning.scan-enabled", havingValue = "true", matchIfMissing = true)
	RepeatingPass warningSchedule(WarningScan scan, WarningProperties properties) {
		return new RepeatingPass("Warning scan", scan::scan, properties.scanInterval());
	}

}
