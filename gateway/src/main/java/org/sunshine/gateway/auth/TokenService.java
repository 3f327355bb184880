package org.sunshine.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Signs staff in and issues short-lived access tokens carrying roles and department. */
class TokenService {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final JwtEncoder encoder;

	private final String keyId;

	private final TokenSettings settings;

	private final Clock clock;

	// Checked when the user does not exist, so a wrong name costs as much time as a wrong password.
	private final String unknownUserHash;

	TokenService(StaffAccountRepository accounts, PasswordEncoder passwords, JwtEncoder encoder, String keyId,
			TokenSettings settings, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.encoder = encoder;
		this.keyId = keyId;
		this.settings = settings;
		this.clock = clock;
		this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
	}

	/** A token for valid credentials; empty when the name or password is wrong or the account is disabled. */
	Mono<IssuedToken> signIn(String username, String password) {
		return this.accounts.findById(username)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			// BCrypt is deliberately slow: keep it off the event loop.
			.publishOn(Schedulers.boundedElastic())
			.mapNotNull((account) -> {
				boolean matches = this.passwords.matches(password,
						account.map(StaffAccount::passwordHash).orElse(this.unknownUserHash));
				return account.filter((found) -> matches && found.enabled()).map(this::issue).orElse(null);
			});
	}

	IssuedToken issue(StaffAccount account) {
		return sign(account.username(), account.roles(), this.settings.ttl(), (claims) -> claims
			.claim("department", account.department())
			.claim("name", account.displayName()));
	}

	/** A SERVICE token for a machine client that has already proven its secret. */
	IssuedToken issueForService(String clientId, Duration ttl) {
		return sign(clientId, List.of(Role.SERVICE), ttl, (claims) -> claims.claim("client_id", clientId));
	}

	private IssuedToken sign(String subject, List<Role> roles, Duration ttl,
			Consumer<JwtClaimsSet.Builder> extra) {
		Instant now = this.clock.instant();
		Instant expires = now.plus(ttl);
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(this.settings.issuer())
			.audience(List.of(this.settings.audience()))
			.subject(subject)
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(expires)
			.id(UUID.randomUUID().toString())
			.claim("roles", roles.stream().map(Role::name).toList());
		extra.accept(claims);
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keyId).type("JWT").build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
		return new IssuedToken(token, ttl.toSeconds());
	}

	record IssuedToken(String value, long expiresInSeconds) {
	}

	record TokenSettings(String issuer, String audience, Duration ttl) {
	}

}
