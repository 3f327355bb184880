package org.sunshine.complaint.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A workflow step that cannot be taken, rendered as a localized problem (detail from {@code code}). */
class WorkflowException extends ErrorResponseException {

	private final String code;

	private WorkflowException(HttpStatus status, String code, Object... args) {
		super(status, problem(status, code), null, code, args);
		this.code = code;
	}

	private static ProblemDetail problem(HttpStatus status, String code) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setProperty("code", code.substring(code.lastIndexOf('.') + 1));
		return problem;
	}

	/** The step is not allowed in the complaint's current state (409). */
	static WorkflowException notNow(String action, ComplaintStatus status) {
		return new WorkflowException(HttpStatus.CONFLICT, "problem.complaint.wrong-state", action, status.name());
	}

	/** A rule of the workflow forbids the step at this moment (409), e.g. closing before the rating period ends. */
	static WorkflowException conflict(String code, Object... args) {
		return new WorkflowException(HttpStatus.CONFLICT, "problem.complaint." + code, args);
	}

	/** The staff member's role or department does not allow the step (403). */
	static WorkflowException forbidden(String action) {
		return new WorkflowException(HttpStatus.FORBIDDEN, "problem.complaint.forbidden", action);
	}

	/** If-Match names another version than the stored one (412). */
	static WorkflowException versionMismatch(long current) {
		return new WorkflowException(HttpStatus.PRECONDITION_FAILED, "problem.complaint.version-mismatch", current);
	}

	/** Someone changed the complaint between our read and our write (409). */
	static WorkflowException changedMeanwhile() {
		return new WorkflowException(HttpStatus.CONFLICT, "problem.complaint.changed");
	}

	/** The message code, for tests and logs. */
	String code() {
		return this.code;
	}

}
