package org.sunshine.gateway.auth;

import java.time.Clock;
import java.time.Duration;

import org.sunshine.defaults.security.SecurityProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@LocalSignIn
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

	@Bean
	SigningKeys signingKeys(GatewayAuthProperties properties, Clock clock) {
		return SigningKeys.loadOrCreate(properties.signingKeyFile(), clock);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	TokenService tokenService(StaffAccountRepository accounts, PasswordEncoder passwords, SigningKeys keys,
			SecurityProperties security, GatewayAuthProperties properties, Clock clock, SignInAttempts attempts) {
		// Signs with the key the header names (the current signing key), looked up at each signing.
		var encoder = new NimbusJwtEncoder((selector, context) -> selector.select(keys.privateJwks()));
		return new TokenService(accounts, passwords, encoder, () -> keys.signingKey().getKeyID(),
				new TokenService.TokenSettings(security.issuer(), security.audience(), properties.tokenTtl()), clock, attempts);
	}

	/** A replaced key stays published until the longest-lived token signed with it has expired. */
	@Bean
	SigningKeyRotation signingKeyRotation(SigningKeys keys, SigningKeyProperties rotation,
			GatewayAuthProperties properties, ServiceClientProperties serviceClients, Clock clock) {
		Duration longest = (properties.tokenTtl().compareTo(serviceClients.tokenTtl()) >= 0) ? properties.tokenTtl()
				: serviceClients.tokenTtl();
		return new SigningKeyRotation(keys, rotation, longest.plus(rotation.clockSkew()), clock);
	}

	@Bean
	RefreshTokens refreshTokens(ReactiveMongoTemplate mongo, GatewayAuthProperties properties, Clock clock) {
		return new RefreshTokens(mongo, properties.sessionTtl(), clock);
	}

	@Bean
	SignInSessions signInSessions(TokenService tokens, RefreshTokens refreshTokens, StaffAccountRepository accounts) {
		return new SignInSessions(tokens, refreshTokens, accounts);
	}

	@Bean
	Administrators administrators(StaffTokens tokens, StaffAccounts accounts) {
		return new Administrators(tokens, accounts);
	}

	@Bean
	SignInAttempts signInAttempts(ReactiveMongoTemplate mongo, SignInLockoutProperties lockout, Clock clock) {
		return new SignInAttempts(mongo, SignInBackoff.of(lockout), clock);
	}

	@Bean
	StaffTokens staffTokens(SigningKeys keys, SecurityProperties security) {
		return new StaffTokens(keys, security.issuer(), security.audience());
	}

	@Bean
	StaffAccounts staffAccounts(StaffAccountRepository accounts, ReactiveMongoTemplate mongo, PasswordEncoder passwords,
			SignInAttempts attempts, RefreshTokens refreshTokens, Clock clock) {
		return new StaffAccounts(accounts, mongo, passwords, attempts, refreshTokens, clock);
	}

	@Bean
	ServiceClients serviceClients(ServiceClientProperties properties, TokenService tokens) {
		return new ServiceClients(properties, ServiceClientSecret.of(properties.secret(), properties.secretFile()),
				tokens);
	}

}
