package org.sunshine.gateway.auth;

import org.sunshine.defaults.problem.CodedProblem;

import org.springframework.http.HttpStatus;

/** What can go wrong when an administrator rotates or retires signing keys. */
final class SigningKeyProblems {

	private SigningKeyProblems() {
	}

	/** The key file cannot be written (a mounted secret): rotate by replacing the secret. */
	static final class KeysReadOnly extends CodedProblem {

		KeysReadOnly(Throwable cause) {
			super(HttpStatus.CONFLICT, "problem.signing-keys-read-only", cause);
		}

	}

	static final class ActiveKeyRetirement extends CodedProblem {

		ActiveKeyRetirement() {
			super(HttpStatus.CONFLICT, "problem.signing-key-active");
		}

	}

	static final class KeyNotFound extends CodedProblem {

		KeyNotFound() {
			super(HttpStatus.NOT_FOUND, "problem.signing-key-not-found");
		}

	}

}
