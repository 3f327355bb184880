package org.sunshine.gateway.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param threshold consecutive failed sign-ins that lock an account
 * @param firstLock how long the first lock lasts; each following one lasts twice as long
 * @param maxLock the longest lock
 */
@ConfigurationProperties("sunshine.gateway.lockout")
record SignInLockoutProperties(@DefaultValue("5") int threshold, @DefaultValue("1m") Duration firstLock,
		@DefaultValue("1h") Duration maxLock) {
}
