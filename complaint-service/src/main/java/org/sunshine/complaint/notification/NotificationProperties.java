package org.sunshine.complaint.notification;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SMS relay: outbox entries of complaints and warnings → sms-service.
 *
 * @param relayEnabled whether this replica relays on its schedule (tests drive it by hand)
 * @param pollInterval pause between the end of one relay pass and the start of the next
 * @param fullPassInterval how often a pass reads every source in full rather than only the documents this
 *        replica queued (see {@code OutboxQueue}): the longest an entry it never heard of waits
 * @param sources collections whose documents carry an {@code outbox}
 * @param batchSize documents read per collection and pass
 * @param concurrency SMS requests in flight at once
 * @param smsUri sms-service base URI ({@code http://sms-service} resolves through the registry)
 * @param loadBalanced whether URIs name registry services rather than hosts
 * @param timeout per request to sms-service or the token endpoint
 * @param initialBackoff wait after the first transient failure of an entry; doubled after each further one
 * @param maxBackoff longest wait between attempts
 * @param maxAttempts attempts before an entry is recorded as failed and dropped
 * @param breakerOpenFor how long the circuit breaker stays open once sms-service keeps failing
 * @param tokenUri the gateway's token endpoint (client-credentials grant)
 * @param clientId this service's client id
 * @param clientSecret the client secret (environment {@code SERVICE_CLIENT_SECRET}); blank: read the file
 * @param clientSecretFile where the gateway writes the secret for a local run
 */
@Validated
@ConfigurationProperties("complaint.notification")
record NotificationProperties(@DefaultValue("true") boolean relayEnabled, @DefaultValue("1s") @NotNull Duration pollInterval,
		@DefaultValue("1m") @NotNull Duration fullPassInterval,
		@DefaultValue({ "complaints", "complaint_warnings" }) @NotEmpty List<String> sources,
		@DefaultValue("100") @Positive int batchSize, @DefaultValue("4") @Positive int concurrency,
		@DefaultValue("http://sms-service") @NotNull URI smsUri, @DefaultValue("true") boolean loadBalanced,
		@DefaultValue("5s") @NotNull Duration timeout, @DefaultValue("2s") @NotNull Duration initialBackoff,
		@DefaultValue("10m") @NotNull Duration maxBackoff, @DefaultValue("20") @Positive int maxAttempts,
		@DefaultValue("30s") @NotNull Duration breakerOpenFor,
		@DefaultValue("http://gateway/api/auth/token") @NotNull URI tokenUri,
		@DefaultValue("complaint-service") String clientId, String clientSecret, Path clientSecretFile) {

	/** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
	Duration backoff(int attempts) {
		Duration wait = this.initialBackoff;
		for (int i = 1; i < attempts && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
