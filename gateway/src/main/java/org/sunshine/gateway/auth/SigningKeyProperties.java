package org.sunshine.gateway.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rotateEvery make a new signing key when the current one is this old; zero: only on demand
 * (a cluster whose keys are a mounted secret rotates by replacing the secret)
 * @param checkEvery how often the age of the signing key is checked
 * @param clockSkew how far the services' clocks may be off (Spring Security allows 60 s), added to
 * the longest token lifetime to keep a replaced key published
 */
@ConfigurationProperties("sunshine.gateway.signing-keys")
record SigningKeyProperties(@DefaultValue("0s") Duration rotateEvery, @DefaultValue("1h") Duration checkEvery,
		@DefaultValue("60s") Duration clockSkew) {
}
