package org.sunshine.sms.message;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class MessageNotFoundException extends ErrorResponseException {

	MessageNotFoundException(String id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, null, new Object[] { id });
	}

}
