package org.sunshine.sms.recipient;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The recipient opted out and the template is not essential; nothing was queued. */
public class OptedOutException extends ErrorResponseException {

	public OptedOutException(String masked) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, null, new Object[] { masked });
	}

}
