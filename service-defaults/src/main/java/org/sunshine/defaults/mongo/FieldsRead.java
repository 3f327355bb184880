package org.sunshine.defaults.mongo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The top-level fields a query reads: those its filter and its order read ({@link #matching}), and
 * those with its projection's ({@link #result}, null when the projection leaves the whole document).
 * A field is read whole even when only a path inside it is named ({@code timeline.at} reads
 * {@code timeline}).
 */
record FieldsRead(Set<String> matching, Set<String> result) {

	private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");

	/** Null when the filter or the order names something other than fields ($where, $expr, $text …). */
	static FieldsRead of(Document filter, Document orderBy, Document projection) {
		Set<String> matching = new HashSet<>();
		if (!addFilterFields(filter, matching) || !addOrderFields(orderBy, matching)) {
			return null;
		}
		Set<String> result = new HashSet<>(matching);
		return new FieldsRead(Set.copyOf(matching), addProjectedFields(projection, result) ? Set.copyOf(result) : null);
	}

	private static boolean addFilterFields(Document filter, Set<String> fields) {
		if (filter == null) {
			return true;
		}
		for (Map.Entry<String, Object> entry : filter.entrySet()) {
			String key = entry.getKey();
			if (LOGICAL.contains(key)) {
				if (!(entry.getValue() instanceof List<?> clauses)) {
					return false;
				}
				for (Object clause : clauses) {
					if (!(clause instanceof Document document) || !addFilterFields(document, fields)) {
						return false;
					}
				}
			}
			else if (key.startsWith("$")) {
				return false;
			}
			else {
				fields.add(topLevel(key));
			}
		}
		return true;
	}

	private static boolean addOrderFields(Document orderBy, Set<String> fields) {
		if (orderBy == null) {
			return true;
		}
		for (Map.Entry<String, Object> entry : orderBy.entrySet()) {
			if (entry.getKey().equals("$natural")) {
				continue;
			}
			// A document as the direction: {$meta: "textScore"}.
			if (entry.getKey().startsWith("$") || !(entry.getValue() instanceof Number)) {
				return false;
			}
			fields.add(topLevel(entry.getKey()));
		}
		return true;
	}

	/** Inclusions only (and _id left out or not): false for none, exclusions, or operators ($slice, $elemMatch). */
	private static boolean addProjectedFields(Document projection, Set<String> fields) {
		if (projection == null || projection.isEmpty()) {
			return false;
		}
		boolean withId = true;
		for (Map.Entry<String, Object> entry : projection.entrySet()) {
			String key = entry.getKey();
			boolean included = isTrue(entry.getValue());
			if (key.equals("_id") && !included && isFalse(entry.getValue())) {
				withId = false;
				continue;
			}
			if (key.contains("$") || !included) {
				return false;
			}
			fields.add(topLevel(key));
		}
		if (withId) {
			fields.add("_id");
		}
		return true;
	}

	private static boolean isTrue(Object value) {
		return Boolean.TRUE.equals(value) || (value instanceof Number number && number.doubleValue() != 0);
	}

	private static boolean isFalse(Object value) {
		return Boolean.FALSE.equals(value) || (value instanceof Number number && number.doubleValue() == 0);
	}

	private static String topLevel(String path) {
		int dot = path.indexOf('.');
		return (dot < 0) ? path : path.substring(0, dot);
	}

}
