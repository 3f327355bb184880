package org.sunshine.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

	private final Supplier<String> keyId;

	private final TokenSettings settings;

	private final Clock clock;

	private final SignInAttempts attempts;

	// Checked when the user does not exist, so a wrong name costs as much time as a wrong password.
	private final String unknownUserHash;

	TokenService(StaffAccountRepository accounts, PasswordEncoder passwords, JwtEncoder encoder, Supplier<String> keyId,
			TokenSettings settings, Clock clock, SignInAttempts attempts) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.encoder = encoder;
		this.keyId = keyId;
		this.settings = settings;
		this.clock = clock;
		this.attempts = attempts;
		this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
	}

	/**
	 * A token for valid credentials; empty when the name or password is wrong, the account is disabled
	 * or locked, so all of these get the same answer. A wrong password counts towards the lock, a
	 * success clears the count.
	 */
	Mono<IssuedToken> signIn(String username, String password) {
		return this.accounts.findById(username)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			// BCrypt is deliberately slow: keep it off the event loop.
			.publishOn(Schedulers.boundedElastic())
			.flatMap((account) -> {
				// Always one hash comparison, whether the account exists, is locked or disabled: same time for all.
				boolean matches = passwordMatches(password, account.orElse(null));
				if (account.isEmpty() || !account.get().enabled() || this.attempts.isLocked(account.get())) {
					return Mono.empty();
				}
				StaffAccount found = account.get();
				if (!matches) {
					return this.attempts.recordFailure(found.username()).then(Mono.empty());
				}
				return this.attempts.reset(found).then(Mono.fromSupplier(() -> issue(found)));
			});
	}

	/** Compares against the account's hash, or the dummy hash for an unknown account. */
	boolean passwordMatches(String password, StaffAccount account) {
		return this.passwords.matches(password, (account != null) ? account.passwordHash() : this.unknownUserHash);
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
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keyId.get()).type("JWT").build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
		return new IssuedToken(token, ttl.toSeconds());
	}

	record IssuedToken(String value, long expiresInSeconds) {
	}

	record TokenSettings(String issuer, String audience, Duration ttl) {
	}

}
