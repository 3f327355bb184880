package org.sunshine.gateway.auth;

import reactor.core.publisher.Mono;

/**
 * A staff member's session: sign-in gives a short-lived access token and a refresh token; a refresh
 * gives the next pair for as long as the account is enabled and the session live; sign-out ends it.
 */
class SignInSessions {

	private final TokenService tokens;

	private final RefreshTokens refreshTokens;

	private final StaffAccountRepository accounts;

	SignInSessions(TokenService tokens, RefreshTokens refreshTokens, StaffAccountRepository accounts) {
		this.tokens = tokens;
		this.refreshTokens = refreshTokens;
		this.accounts = accounts;
	}

	/** Empty for wrong credentials, like {@link TokenService#signIn}. */
	Mono<Session> signIn(String username, String password) {
		return this.tokens.signIn(username, password)
			.flatMap((access) -> this.refreshTokens.start(username).map((refresh) -> new Session(access, refresh)));
	}

	/**
	 * The next pair, with roles and department as the account has them now; empty when the refresh
	 * token is not good (unknown, used, expired, revoked) or the account is gone or disabled.
	 */
	Mono<Session> refresh(String refreshToken) {
		return this.refreshTokens.rotate(refreshToken)
			.flatMap((rotation) -> this.accounts.findById(rotation.username())
				.filter(StaffAccount::enabled)
				.map((account) -> new Session(this.tokens.issue(account), rotation.refreshToken()))
				.switchIfEmpty(Mono.defer(() -> this.refreshTokens
					.revokeAll(rotation.username(), "account disabled or removed")
					.then(Mono.empty()))));
	}

	Mono<Void> signOut(String refreshToken) {
		return this.refreshTokens.revoke(refreshToken);
	}

	record Session(TokenService.IssuedToken access, String refreshToken) {
	}

}
