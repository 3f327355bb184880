package org.sunshine.gateway.auth;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who may administer accounts and keys: a token carrying ADMIN whose account is still an enabled
 * administrator, so disabling an administrator takes effect at once rather than when their token expires.
 */
class Administrators {

	private final StaffTokens tokens;

	private final StaffAccounts accounts;

	Administrators(StaffTokens tokens, StaffAccounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/** The administrator's verified token; 401 without a valid token, 403 otherwise. */
	Mono<Jwt> require(String authorization) {
		return this.tokens.requireRole(authorization, Role.ADMIN)
			.filterWhen((jwt) -> this.accounts.isActiveAdmin(jwt.getSubject()))
			.switchIfEmpty(Mono.error(StaffTokens.Forbidden::new));
	}

}
