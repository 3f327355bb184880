package org.sunshine.sms.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template body's named placeholders ({@code {trackingNumber}}). Every placeholder must get a
 * value and every value must belong to a placeholder: a caller that sends what the template does not
 * expect is told so rather than silently ignored.
 */
public final class TemplateRenderer {

	/** Longest accepted parameter value; template bodies carry numbers and dates, not prose. */
	public static final int MAX_VALUE_LENGTH = 64;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	private TemplateRenderer() {
	}

	/** The placeholder names of a body, in order of first appearance. */
	public static Set<String> placeholders(String body) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(body);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** Renders the body or lists what is wrong with the parameters. */
	public static Rendering render(String body, Map<String, String> params) {
		Set<String> expected = placeholders(body);
		Set<String> missing = new TreeSet<>();
		Set<String> invalid = new TreeSet<>();
		for (String name : expected) {
			String value = params.get(name);
			if (value == null || value.isBlank()) {
				missing.add(name);
			}
			else if (!acceptable(value)) {
				invalid.add(name);
			}
		}
		Set<String> unknown = new TreeSet<>(params.keySet());
		unknown.removeAll(expected);
		if (!missing.isEmpty() || !unknown.isEmpty() || !invalid.isEmpty()) {
			return new Rendering(null, List.copyOf(missing), List.copyOf(unknown), List.copyOf(invalid));
		}
		Matcher matcher = PLACEHOLDER.matcher(body);
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(text, Matcher.quoteReplacement(params.get(matcher.group(1)).strip()));
		}
		matcher.appendTail(text);
		return new Rendering(text.toString(), List.of(), List.of(), List.of());
	}

	/** Short, single-line and free of braces, so a value cannot smuggle a placeholder or a new line. */
	private static boolean acceptable(String value) {
		if (value.length() > MAX_VALUE_LENGTH) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) || c == '{' || c == '}') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The rendered text, or why there is none.
	 * @param text the message, {@code null} when any list below is not empty
	 * @param missing placeholders without a value
	 * @param unknown parameters the template does not have
	 * @param invalid values too long or containing control characters or braces
	 */
	public record Rendering(String text, List<String> missing, List<String> unknown, List<String> invalid) {

		public boolean ok() {
			return this.text != null;
		}

		/** Every problem as one list of parameter names, for the error response. */
		public List<String> problems() {
			List<String> all = new ArrayList<>();
			this.missing.forEach((name) -> all.add("missing:" + name));
			this.unknown.forEach((name) -> all.add("unknown:" + name));
			this.invalid.forEach((name) -> all.add("invalid:" + name));
			return all;
		}

	}

}
