package org.sunshine.complaint.stats;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A period whose end is before its start. */
class StatsRangeException extends ErrorResponseException {

	StatsRangeException(LocalDate from, LocalDate to) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, "problem.stats.range",
				new Object[] { from.toString(), to.toString() });
	}

}
