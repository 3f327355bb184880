package org.sunshine.complaint.warning;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Graded warnings (电子监察预警).
 *
 * @param scanEnabled whether this replica runs the scan on its schedule (tests drive it by hand)
 * @param scanInterval pause between the end of one scan and the start of the next
 * @param lease how long a replica holds the scan lease; longer than a pass takes
 * @param batchSize warnings inserted per write
 * @param streamPoll how often the console stream looks for new warnings
 * @param acceptanceTemplate SMS template for ACCEPTANCE warnings; blank: shown on screen only (sms-service
 *        ships no such template yet)
 * @param directory who receives warnings, and their phones
 */
@Validated
@ConfigurationProperties("complaint.warning")
record WarningProperties(@DefaultValue("true") boolean scanEnabled, @DefaultValue("30s") @NotNull Duration scanInterval,
		@DefaultValue("2m") @NotNull Duration lease, @DefaultValue("500") @Positive int batchSize,
		@DefaultValue("1s") @NotNull Duration streamPoll, @DefaultValue("") String acceptanceTemplate,
		@DefaultValue @Valid Directory directory) {

	/**
	 * The staff directory (in a real deployment: the bureau's HR directory).
	 *
	 * @param unitHeads user name of the head of each department, by department code
	 * @param supervisionCenter user names of the supervision center's integrity staff
	 * @param phones work phone of each staff user name
	 */
	record Directory(Map<String, String> unitHeads, List<String> supervisionCenter, Map<String, String> phones) {

		Directory {
			unitHeads = (unitHeads != null) ? Map.copyOf(unitHeads) : Map.of();
			supervisionCenter = (supervisionCenter != null) ? List.copyOf(supervisionCenter) : List.of();
			phones = (phones != null) ? Map.copyOf(phones) : Map.of();
		}

	}

}
