package org.sunshine.gateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** What can go wrong when an administrator rotates or retires signing keys. */
final class SigningKeyProblems {

	private SigningKeyProblems() {
	}

	/** The key file cannot be written (a mounted secret): rotate by replacing the secret. */
	static final class KeysReadOnly extends ErrorResponseException {

		KeysReadOnly(Throwable cause) {
			super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), cause,
					"problem.signing-keys-read-only.detail", null);
		}

		@Override
		public String getTitleMessageCode() {
			return "problem.signing-keys-read-only.title";
		}

	}

	static final class ActiveKeyRetirement extends ErrorResponseException {

		ActiveKeyRetirement() {
			super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null,
					"problem.signing-key-active.detail", null);
		}

		@Override
		public String getTitleMessageCode() {
			return "problem.signing-key-active.title";
		}

	}

	static final class KeyNotFound extends ErrorResponseException {

		KeyNotFound() {
			super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
					"problem.signing-key-not-found.detail", null);
		}

		@Override
		public String getTitleMessageCode() {
			return "problem.signing-key-not-found.title";
		}

	}

}
