package org.sunshine.defaults.problem;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON body that parsed but had a value of the wrong kind in one field (text for a number, an unknown
 * enum name, a malformed date): named the way a failed validation is, so a form can mark the field
 * instead of saying only that the body could not be read.
 */
final class UnreadableValue {

	private UnreadableValue() {
	}

	/** The field error for the value Jackson could not read, or null when no field can be named. */
	static Map<String, Object> of(Throwable ex, ProblemWriter writer, Locale locale) {
		MismatchedInputException mismatch = find(ex);
		if (mismatch == null || mismatch.getPath().isEmpty()) {
			return null;
		}
		String field = path(mismatch.getPath());
		if (field.isEmpty()) {
			return null;
		}
		// A primitive given as null or left out: missing rather than of the wrong kind.
		JsonToken token = mismatch.getCurrentToken();
		boolean missing = token == JsonToken.VALUE_NULL || token == JsonToken.END_OBJECT;
		return ProblemWriter.fieldError(field, missing ? writer.message("problem.field.required", locale)
				: expected(mismatch.getTargetType(), writer, locale), "typeMismatch");
	}

	private static MismatchedInputException find(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch) {
				return mismatch;
			}
		}
		return null;
	}

	/** {@code parts[1].on}, as the validation errors name nested fields. */
	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String expected(Class<?> type, ProblemWriter writer, Locale locale) {
		if (type == null) {
			return writer.message("problem.field.invalid", locale);
		}
		if (type.isEnum()) {
			String values = Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
			return writer.message("problem.field.one-of", locale, values);
		}
		return writer.message("problem.field." + kind(type), locale);
	}

	private static String kind(Class<?> type) {
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == java.math.BigInteger.class) {
			return "integer";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (type == LocalDate.class) {
			return "date";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "date-time";
		}
		if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
			return "text";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "list";
		}
		return "object";
	}

}
