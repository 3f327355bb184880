package org.sunshine.complaint.calendar;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import org.sunshine.complaint.deadline.DeadlineRule;

/**
 * Public answers about working days: when a complaint received at a given moment falls due, and the
 * official arrangement of a year. Pure computations, so they answer directly rather than through a Mono.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	/** A year of days is more than any complaint time limit; it also bounds the work per request. */
	static final int MAX_DAYS = 365;

	private static final String EXAMPLE = "2024-02-09T10:00:00+08:00";

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final HolidayCalendar calendar;

	private final DeadlineCalculator calculator;

	CalendarController(HolidayCalendar calendar, DeadlineCalculator calculator) {
		this.calendar = calendar;
		this.calculator = calculator;
	}

	@GetMapping("/due-date")
	DueDateView dueDate(@RequestParam(required = false) String from,
			@RequestParam(required = false) String workingDays, @RequestParam(required = false) String calendarDays) {
		OffsetDateTime receivedAt = receivedAt(from);
		if ((workingDays == null) == (calendarDays == null)) {
			throw badRequest("one-limit", "Give exactly one of workingDays and calendarDays.");
		}
		DeadlineRule rule = (workingDays != null) ? DeadlineRule.workingDays(days("workingDays", workingDays))
				: DeadlineRule.calendarDays(days("calendarDays", calendarDays));
		return DueDateView.of(this.calculator.dueAt(receivedAt, rule));
	}

	@GetMapping("/{year:\\d{4}}")
	YearCalendarView year(@PathVariable int year) {
		return YearCalendarView.of(year, this.calendar);
	}

	private static OffsetDateTime receivedAt(String from) {
		if (from == null || from.isBlank()) {
			throw badRequest("from-missing", "Give the moment of receipt as from, ISO-8601 with offset, e.g. " + EXAMPLE
					+ ".");
		}
		OffsetDateTime receivedAt = parseOrNull(from);
		// Four-digit years only, which also keeps the due date computable.
		if (receivedAt == null || receivedAt.getYear() < 1000 || receivedAt.getYear() > 9998) {
			throw badRequest("from-invalid", "'" + from + "' is not an ISO-8601 date-time with offset, e.g. " + EXAMPLE
					+ ".", from);
		}
		return receivedAt;
	}

	private static OffsetDateTime parseOrNull(String from) {
		try {
			// An unencoded '+' in a query string arrives as a space; a date-time never holds one.
			return OffsetDateTime.parse(from.strip().replace(' ', '+'));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static int days(String parameter, String value) {
		try {
			int days = Integer.parseInt(value.strip());
			if (days >= 0 && days <= MAX_DAYS) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// Answered below, with the range.
		}
		throw badRequest("days-invalid",
				parameter + " must be a whole number from 0 to " + MAX_DAYS + "; got '" + value + "'.", parameter,
				MAX_DAYS, value);
	}

	/** Detail in English by default; {@code problemDetail.calendar.<code>} in messages localizes it. */
	private static ErrorResponseException badRequest(String code, String detail, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		// RFC 9457's default, stated: Spring 7 leaves the type null.
		problem.setType(ABOUT_BLANK);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null, "problemDetail.calendar." + code,
				arguments);
	}

}
