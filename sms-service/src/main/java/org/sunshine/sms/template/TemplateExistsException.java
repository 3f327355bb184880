package org.sunshine.sms.template;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A new template would take a code already in use; editing goes through PUT with its version. */
class TemplateExistsException extends ErrorResponseException {

	TemplateExistsException(String code) {
		super(HttpStatus.CONFLICT, problem(code), null, null, new Object[] { code });
	}

	private static ProblemDetail problem(String code) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setProperty("template", code);
		return problem;
	}

}
