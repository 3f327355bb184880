package org.sunshine.sms.limit;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Limits could not be checked and the message is a verification code, so it is refused (fail closed). */
public class LimitUnavailableException extends ErrorResponseException {

	LimitUnavailableException(Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, cause);
	}

}
