package org.sunshine.sms.message;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SendingPropertiesTest {

	private final SendingProperties properties = new SendingProperties(5, Duration.ofSeconds(2), Duration.ofMinutes(1),
			null, null, 0, null);

	@ParameterizedTest(name = "after {0} failed attempt(s) wait {1} s")
	@CsvSource({ "1, 2", "2, 4", "3, 8", "5, 32", "6, 60", "40, 60" })
	void shouldDoubleBackoffUpToMaximumWhenAttemptsFail(int attempts, long seconds) {
		assertThat(this.properties.backoff(attempts, 0)).isEqualTo(Duration.ofSeconds(seconds));
		assertThat(this.properties.backoff(attempts, 1)).isEqualTo(Duration.ofMillis(seconds * 1200));
	}

	@ParameterizedTest
	@CsvSource({ "0, 5", "3, 3" })
	void shouldDefaultMissingSettingsWhenUnset(int configured, int expected) {
		SendingProperties defaults = new SendingProperties(configured, null, null, null, null, 0, null);

		assertThat(defaults.maxAttempts()).isEqualTo(expected);
		assertThat(defaults.maxSegments()).isEqualTo(10);
	}

}
