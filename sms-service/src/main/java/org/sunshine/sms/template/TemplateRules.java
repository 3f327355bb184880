package org.sunshine.sms.template;

import java.util.ArrayList;
import java.util.List;

/** What a template body must satisfy before it is stored, whether seeded or edited. */
final class TemplateRules {

	/** Room for the text around the placeholders; long enough for any notice, short of 10 segments. */
	static final int MAX_BODY_LENGTH = 300;

	private TemplateRules() {
	}

	/** The problems of a body, empty when it is acceptable. */
	static List<String> check(String body) {
		List<String> problems = new ArrayList<>();
		if (body == null || body.isBlank()) {
			problems.add("body is empty");
			return problems;
		}
		// Mainland carriers reject bulk SMS without a bracketed sender signature at the start.
		int close = body.indexOf('】');
		if (!body.startsWith("【") || close < 2 || close > 20) {
			problems.add("body must start with a signature such as 【阳光税务】");
		}
		if (body.length() > MAX_BODY_LENGTH) {
			problems.add("body is longer than " + MAX_BODY_LENGTH + " characters");
		}
		String stripped = body.replaceAll("\\{[A-Za-z][A-Za-z0-9]*}", "");
		if (stripped.indexOf('{') >= 0 || stripped.indexOf('}') >= 0) {
			problems.add("placeholders must look like {name}");
		}
		return problems;
	}

}
