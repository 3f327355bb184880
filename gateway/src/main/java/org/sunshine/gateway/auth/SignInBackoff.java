package org.sunshine.gateway.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout arithmetic, free of storage: after {@code threshold} consecutive failures the account
 * is locked for {@code firstLock}, and each further lock without a success in between lasts twice
 * as long, up to {@code maxLock}.
 */
record SignInBackoff(int threshold, Duration firstLock, Duration maxLock) {

	SignInBackoff {
		if (threshold < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
			throw new IllegalArgumentException("Invalid sign-in lockout settings");
		}
	}

	static SignInBackoff of(SignInLockoutProperties properties) {
		return new SignInBackoff(properties.threshold(), properties.firstLock(), properties.maxLock());
	}

	boolean isLocked(State state, Instant now) {
		return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
	}

	/** The state after one more failure; reaching the threshold locks and starts counting again. */
	State afterFailure(State state, Instant now) {
		int failures = state.failures() + 1;
		if (failures < this.threshold) {
			return new State(failures, state.lockouts(), state.lockedUntil());
		}
		return new State(0, state.lockouts() + 1, now.plus(lockDuration(state.lockouts())));
	}

	/** How long the lock lasts that follows {@code previousLockouts} earlier ones: 1, 2, 4 … × first, capped. */
	Duration lockDuration(int previousLockouts) {
		// Past 2^20 the cap has long been reached; the bound keeps the multiplication from overflowing.
		Duration lock = this.firstLock.multipliedBy(1L << Math.min(Math.max(previousLockouts, 0), 20));
		return (lock.compareTo(this.maxLock) > 0) ? this.maxLock : lock;
	}

	record State(int failures, int lockouts, Instant lockedUntil) {

		static final State CLEAR = new State(0, 0, null);

	}

}
