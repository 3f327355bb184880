package org.sunshine.gateway.auth;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SignInBackoffTest {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	private final SignInBackoff backoff = new SignInBackoff(5, Duration.ofMinutes(1), Duration.ofHours(1));

	@Test
	void shouldCountFailuresWithoutLockingBelowTheThreshold() {
		SignInBackoff.State state = SignInBackoff.State.CLEAR;
		for (int i = 1; i < 5; i++) {
			state = this.backoff.afterFailure(state, NOW);
			assertThat(state).isEqualTo(new SignInBackoff.State(i, 0, null));
			assertThat(this.backoff.isLocked(state, NOW)).isFalse();
		}
	}

	@Test
	void shouldLockForOneMinuteOnTheFifthFailureAndStartCountingAgain() {
		SignInBackoff.State state = new SignInBackoff.State(4, 0, null);

		SignInBackoff.State locked = this.backoff.afterFailure(state, NOW);

		assertThat(locked).isEqualTo(new SignInBackoff.State(0, 1, NOW.plus(Duration.ofMinutes(1))));
		assertThat(this.backoff.isLocked(locked, NOW.plusSeconds(59))).isTrue();
		assertThat(this.backoff.isLocked(locked, NOW.plusSeconds(60))).isFalse();
	}

	@Test
	void shouldDoubleEachFurtherLockUpToOneHour() {
		assertThat(java.util.stream.IntStream.range(0, 9).mapToObj(this.backoff::lockDuration).map(Duration::toMinutes))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
		assertThat(this.backoff.lockDuration(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void shouldLockTwiceAsLongWhenTheThresholdIsReachedAgainAfterALock() {
		SignInBackoff.State state = new SignInBackoff.State(4, 2, NOW.minusSeconds(1));

		SignInBackoff.State locked = this.backoff.afterFailure(state, NOW);

		assertThat(locked.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
		assertThat(locked.lockouts()).isEqualTo(3);
	}

	@Test
	void shouldReadMissingCountersOfAnOlderAccountAsZero() {
		StaffAccount old = new StaffAccount("x", "h", java.util.List.of(Role.CLERK), "D", "X", true, NOW, null, null,
				null);
		assertThat(old.signInState()).isEqualTo(SignInBackoff.State.CLEAR);
	}

	@Test
	void shouldRefuseSettingsThatCannotLock() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SignInBackoff(0, Duration.ofMinutes(1), Duration.ofHours(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SignInBackoff(5, Duration.ofMinutes(2), Duration.ofMinutes(1)));
	}

}
