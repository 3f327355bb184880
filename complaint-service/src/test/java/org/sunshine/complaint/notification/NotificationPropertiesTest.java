package org.sunshine.complaint.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationPropertiesTest {

	private final NotificationProperties properties = new NotificationProperties(true, Duration.ofSeconds(1), Duration.ofMinutes(1),
			List.of("complaints"), 100, 4, URI.create("http://sms-service"), true, Duration.ofSeconds(5),
			Duration.ofSeconds(2), Duration.ofMinutes(10), 20, Duration.ofSeconds(30),
			URI.create("http://gateway/api/auth/token"), "complaint-service", null, null);

	@ParameterizedTest(name = "after {0} failures wait {1}")
	@CsvSource(textBlock = """
			1, PT2S
			2, PT4S
			3, PT8S
			8, PT4M16S
			9, PT8M32S
			10, PT10M
			19, PT10M
			""")
	void shouldDoubleTheBackoffUpToTheMaximumWhenFailuresRepeat(int attempts, Duration wait) {
		assertThat(this.properties.backoff(attempts)).isEqualTo(wait);
	}

}
