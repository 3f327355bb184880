package org.sunshine.sms.template;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Parameters do not match the template's placeholders; the {@code parameters} property lists each problem. */
public class TemplateParameterException extends ErrorResponseException {

	public TemplateParameterException(String code, List<String> problems) {
		super(HttpStatus.BAD_REQUEST, problem(code, problems), null, null,
				new Object[] { code, String.join(", ", problems) });
	}

	private static ProblemDetail problem(String code, List<String> problems) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setProperty("template", code);
		problem.setProperty("parameters", problems);
		return problem;
	}

}
