package org.sunshine.gateway.auth;

import org.sunshine.defaults.problem.CodedProblem;

import org.springframework.http.HttpStatus;

/** A token request this endpoint cannot serve; {@code error} carries the RFC 6749 §5.2 code. */
final class GrantProblem extends CodedProblem {

	GrantProblem(String oauthError, String code) {
		super(HttpStatus.BAD_REQUEST, code);
		getBody().setProperty("error", oauthError);
	}

}
