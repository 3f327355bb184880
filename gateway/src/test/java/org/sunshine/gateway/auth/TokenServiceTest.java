package org.sunshine.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The sign-in paths that must cost one hash comparison whatever the account's state. */
class TokenServiceTest {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	private final RecordingEncoder passwords = new RecordingEncoder();

	private final StaffAccountRepository accounts = mock(StaffAccountRepository.class);

	private final ReactiveMongoTemplate mongo = mock(ReactiveMongoTemplate.class);

	private final TokenService tokens = new TokenService(this.accounts, this.passwords, mock(JwtEncoder.class), () -> "kid",
			new TokenService.TokenSettings("iss", "aud", Duration.ofMinutes(15)), Clock.fixed(NOW, ZoneOffset.UTC),
			new SignInAttempts(this.mongo, new SignInBackoff(5, Duration.ofMinutes(1), Duration.ofHours(1)),
					Clock.fixed(NOW, ZoneOffset.UTC)));

	@Test
	void shouldCompareAnUnknownUsersPasswordAgainstTheDummyHash() {
		when(this.accounts.findById(any(String.class))).thenReturn(Mono.empty());
		String dummy = this.passwords.encoded.getFirst();

		StepVerifier.create(this.tokens.signIn("nobody", "some-password")).verifyComplete();

		assertThat(this.passwords.compared).containsExactly(dummy);
		verifyNoInteractions(this.mongo);
	}

	@Test
	void shouldCompareTheHashOfALockedAccountWithoutCountingOrIssuing() {
		String hash = this.passwords.encode("right-password");
		when(this.accounts.findById("clerk")).thenReturn(Mono.just(new StaffAccount("clerk", hash, List.of(Role.CLERK),
				"D", "C", true, NOW, 0, 1, NOW.plusSeconds(30))));

		StepVerifier.create(this.tokens.signIn("clerk", "right-password")).verifyComplete();

		assertThat(this.passwords.compared).containsExactly(hash);
		verifyNoInteractions(this.mongo);
	}

	@Test
	void shouldCompareTheHashOfADisabledAccountWithoutIssuing() {
		String hash = this.passwords.encode("right-password");
		when(this.accounts.findById("clerk")).thenReturn(
				Mono.just(new StaffAccount("clerk", hash, List.of(Role.CLERK), "D", "C", false, NOW, 0, 0, null)));

		StepVerifier.create(this.tokens.signIn("clerk", "right-password")).verifyComplete();

		assertThat(this.passwords.compared).containsExactly(hash);
	}

	/** Low-cost BCrypt that remembers which hashes it was asked to compare against. */
	private static final class RecordingEncoder implements PasswordEncoder {

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		final List<String> encoded = new ArrayList<>();

		final List<String> compared = new ArrayList<>();

		@Override
		public String encode(CharSequence raw) {
			String hash = this.bcrypt.encode(raw);
			this.encoded.add(hash);
			return hash;
		}

		@Override
		public boolean matches(CharSequence raw, String encodedPassword) {
			this.compared.add(encodedPassword);
			return this.bcrypt.matches(raw, encodedPassword);
		}

	}

}
