package org.sunshine.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.RiskLevel;
import org.sunshine.search.index.Validity;

/**
 * A checked search: every value is within range, so building and running the query cannot fail on input.
 *
 * @param q the words to find, {@code null} to browse by date
 * @param type {@code null} for all types
 */
record SearchCriteria(String q, DocumentType type, String category, String issuer, Integer year, Validity validity,
		RiskLevel riskLevel, int page, int size) {

	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_FILTER_LENGTH = 100;

	static final int MAX_SIZE = 50;

	/** The engine's result window: deeper pages need a scroll, which a public search does not offer. */
	static final int MAX_WINDOW = 10_000;

	static final int MIN_YEAR = 1949;

	static final int MAX_YEAR = 2100;

	boolean browsing() {
		return q == null;
	}

	int from() {
		return page * size;
	}

	/** Checks raw request parameters; any value out of range is a 400 naming the parameter. */
	static SearchCriteria of(String q, String type, String category, String issuer, String year, String validity,
			String riskLevel, Integer page, Integer size) {
		int checkedPage = page == null ? 0 : page;
		int checkedSize = size == null ? 10 : size;
		if (checkedPage < 0) {
			throw new InvalidSearchException("page", "page", "page must be 0 or more", 0);
		}
		if (checkedSize < 1 || checkedSize > MAX_SIZE) {
			throw new InvalidSearchException("size", "size", "size must be between 1 and " + MAX_SIZE, 1, MAX_SIZE);
		}
		if ((long) checkedPage * checkedSize + checkedSize > MAX_WINDOW) {
			throw new InvalidSearchException("page", "too-deep",
					"Only the first " + MAX_WINDOW + " results can be paged; narrow the search with filters",
					MAX_WINDOW);
		}
		return new SearchCriteria(query(q), type(type), filter("category", category), filter("issuer", issuer),
				year(year), enumValue("validity", validity, Validity.class).orElse(null),
				enumValue("riskLevel", riskLevel, RiskLevel.class).orElse(null), checkedPage, checkedSize);
	}

	/** The query text with control characters dropped, or {@code null} when nothing is left. */
	static String query(String q) {
		if (q == null) {
			return null;
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw new InvalidSearchException("q", "q-too-long",
					"q must be at most " + MAX_QUERY_LENGTH + " characters", MAX_QUERY_LENGTH);
		}
		String cleaned = q.codePoints().filter(c -> !Character.isISOControl(c))
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	private static DocumentType type(String type) {
		if (type == null || type.isBlank() || type.strip().equalsIgnoreCase("all")) {
			return null;
		}
		return DocumentType.fromValue(type.strip().toLowerCase(Locale.ROOT)).orElseThrow(
				() -> new InvalidSearchException("type", "type", "type must be one of policy, power, all",
						"policy, power, all"));
	}

	private static String filter(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > MAX_FILTER_LENGTH) {
			throw new InvalidSearchException(name, "filter-too-long",
					name + " must be at most " + MAX_FILTER_LENGTH + " characters", name, MAX_FILTER_LENGTH);
		}
		return value.strip();
	}

	private static Integer year(String year) {
		if (year == null || year.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(year.strip());
			if (value >= MIN_YEAR && value <= MAX_YEAR) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below like an out-of-range year
		}
		throw new InvalidSearchException("year", "year", "year must be a year between " + MIN_YEAR + " and "
				+ MAX_YEAR, MIN_YEAR, MAX_YEAR);
	}

	private static <E extends Enum<E>> Optional<E> enumValue(String name, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		return Optional.of(Arrays.stream(type.getEnumConstants())
				.filter(e -> e.name().equalsIgnoreCase(value.strip()))
				.findFirst()
				.orElseThrow(() -> new InvalidSearchException(name, "enum", name + " must be one of " + allowed,
						name, allowed)));
	}
}
