package org.sunshine.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser closes an unclosed block silently at the end of the file: one missing brace once put half of
 * the portal's rules inside a phone-only {@code @media} block, and the desktop pages lost their styles
 * with no error anywhere.
 */
class PortalStylesheetTest {

	@Test
	void shouldCloseEveryBlockWhereItBegins() throws IOException {
		String css = stylesheet().replaceAll("(?s)/\\*.*?\\*/", "");
		List<String> problems = new ArrayList<>();
		int depth = 0;
		int line = 1;
		int outerLine = 0;
		boolean outerIsAtRule = false;
		for (int i = 0; i < css.length(); i++) {
			char c = css.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (c == '{') {
				depth++;
				if (depth == 1) {
					outerLine = line;
					outerIsAtRule = css.lastIndexOf('@', i) > css.lastIndexOf('}', i);
				}
				else if (depth > 2 || !outerIsAtRule) {
					problems.add("line " + line + ": a block opens inside the rule of line " + outerLine);
				}
			}
			else if (c == '}' && --depth < 0) {
				problems.add("line " + line + ": a block closes that never opened");
				depth = 0;
			}
		}
		if (depth > 0) {
			problems.add("the block of line " + outerLine + " is never closed");
		}
		assertThat(problems).isEmpty();
	}

	private static String stylesheet() throws IOException {
		try (InputStream in = PortalStylesheetTest.class.getResourceAsStream("/static/css/app.css")) {
			assertThat(in).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
