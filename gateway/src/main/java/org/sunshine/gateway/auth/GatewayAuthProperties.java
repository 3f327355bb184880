package org.sunshine.gateway.auth;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenTtl lifetime of an access token
 * @param sessionTtl how long a sign-in can be extended with refresh tokens (then sign in again)
 * @param signingKeyFile the RSA signing key (JWK JSON); generated on first start when absent
 * @param credentialsFile where first start writes the generated demo passwords (mode 600)
 * @param seedDemoAccounts whether an empty account store gets one demo account per role
 */
@ConfigurationProperties("sunshine.gateway")
record GatewayAuthProperties(Duration tokenTtl, @DefaultValue("8h") Duration sessionTtl, Path signingKeyFile, Path credentialsFile,
		boolean seedDemoAccounts) {
}
