package org.sunshine.gateway.auth;

import java.time.Clock;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.sunshine.defaults.security.SecurityProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

	@Bean
	SigningKeys signingKeys(GatewayAuthProperties properties) {
		return SigningKeys.loadOrCreate(properties.signingKeyFile());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	TokenService tokenService(StaffAccountRepository accounts, PasswordEncoder passwords, SigningKeys keys,
			SecurityProperties security, GatewayAuthProperties properties, Clock clock, SignInAttempts attempts) {
		var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
		return new TokenService(accounts, passwords, encoder, keys.signingKey().getKeyID(),
				new TokenService.TokenSettings(security.issuer(), security.audience(), properties.tokenTtl()), clock, attempts);
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
			SignInAttempts attempts, Clock clock) {
		return new StaffAccounts(accounts, mongo, passwords, attempts, clock);
	}

	@Bean
	ServiceClients serviceClients(ServiceClientProperties properties, TokenService tokens) {
		return new ServiceClients(properties, ServiceClientSecret.of(properties.secret(), properties.secretFile()),
				tokens);
	}

}
