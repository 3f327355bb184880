package org.sunshine.disclosure.version;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Field-by-field difference between two versions' public views. A long text field (one with line
 * breaks or longer than {@value #LONG_TEXT} characters) gets a line diff instead of before/after.
 */
public final class ContentDiff {

	static final int LONG_TEXT = 200;

	private ContentDiff() {
	}

	/** The changed fields, in the order they appear in {@code after} (then fields only in {@code before}). */
	public static List<FieldChange> between(JsonNode before, JsonNode after) {
		Set<String> names = new LinkedHashSet<>();
		after.propertyNames().forEach(names::add);
		if (before != null) {
			before.propertyNames().forEach(names::add);
		}
		List<FieldChange> changes = new ArrayList<>();
		for (String name : names) {
			JsonNode old = (before != null) ? before.get(name) : null;
			JsonNode now = after.get(name);
			if (Objects.equals(nullIfMissing(old), nullIfMissing(now))) {
				continue;
			}
			if (isLongText(old) || isLongText(now)) {
				changes.add(new FieldChange(name, null, null,
						LineDiff.of(text(old), text(now))));
			}
			else {
				changes.add(new FieldChange(name, nullIfMissing(old), nullIfMissing(now), null));
			}
		}
		return changes;
	}

	private static JsonNode nullIfMissing(JsonNode node) {
		return (node == null || node.isNull() || node.isMissingNode()) ? null : node;
	}

	private static boolean isLongText(JsonNode node) {
		return node != null && node.isString()
				&& (node.asString().indexOf('\n') >= 0 || node.asString().length() > LONG_TEXT);
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : "";
	}

	/**
	 * One changed field.
	 * @param field the field's name in the public view
	 * @param before the old value (absent for long text)
	 * @param after the new value (absent for long text)
	 * @param lines the line diff of a long text field
	 */
	public record FieldChange(String field, JsonNode before, JsonNode after, List<LineDiff.Line> lines) {
	}

}
