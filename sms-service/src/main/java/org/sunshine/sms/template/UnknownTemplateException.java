package org.sunshine.sms.template;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The request names a template that does not exist: a caller error, so 400 rather than 404. */
public class UnknownTemplateException extends ErrorResponseException {

	public UnknownTemplateException(String code) {
		super(HttpStatus.BAD_REQUEST, problem(code), null, null, new Object[] { code });
	}

	private static ProblemDetail problem(String code) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setProperty("template", code);
		return problem;
	}

}
