package org.sunshine.complaint.calendar;

import java.io.Serial;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A holiday calendar file that cannot be used, with every problem found in it.
 */
public final class CalendarFileException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String source;

	private final transient List<Problem> problems;

	public CalendarFileException(String source, List<Problem> problems) {
		super(message(source, problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A calendar file exception needs at least one problem");
		}
		this.source = source;
		this.problems = List.copyOf(problems);
	}

	/** The file name (or upload name) the text came from. */
	public String source() {
		return this.source;
	}

	/** Every problem found, in document order. */
	public List<Problem> problems() {
		return this.problems;
	}

	private static String message(String source, List<Problem> problems) {
		return "Invalid holiday calendar " + source + ": "
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
	}

	/** What is wrong, so that an upload form can explain it in the user's language. */
	public enum Code {

		/** Not YAML, or a key repeated within one mapping. */
		SYNTAX,
		/** A required field is absent or blank. */
		MISSING,
		/** A field the format does not know (often a typo). */
		UNKNOWN_FIELD,
		/** A value of the wrong kind, e.g. a list where a mapping is expected. */
		WRONG_TYPE,
		/** A date that is not ISO-8601 {@code yyyy-MM-dd}. */
		INVALID_DATE,
		/** {@code year} is not the year in the file name. */
		YEAR_MISMATCH,
		/** A date outside the file's year. */
		OUTSIDE_YEAR,
		/** A range whose end is before its start, or that is implausibly long. */
		INVALID_RANGE,
		/** The same date listed twice. */
		DUPLICATE_DATE,
		/** A date listed both as a day off and as a working day. */
		OFF_AND_WORKING,
		/** An adjusted working day that is not a Saturday or Sunday (a weekday is a working day anyway). */
		NOT_A_WEEKEND

	}

	/**
	 * One problem in a calendar file.
	 *
	 * @param field where, e.g. {@code holidays[1].from} ({@code line 3, column 7} for syntax errors)
	 * @param date the date concerned, or {@code null} when none could be read
	 * @param code what kind of problem
	 * @param message what is wrong, in English
	 */
	public record Problem(String field, LocalDate date, Code code, String message) {

		public Problem {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(message, "message");
		}

		@Override
		public String toString() {
			return this.field + ((this.date != null) ? " " + this.date : "") + ": " + this.message;
		}

	}

}
