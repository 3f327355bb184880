package org.sunshine.search.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Document numbers (文号) are typed with many bracket shapes: {@code 湘地税发〔2009〕18号}, {@code [2009]},
 * {@code （2009）}, {@code (2009)}, {@code 【2009】}. They all mean the same number, so both the index (a keyword
 * normalizer built from {@link #mappingRules()}) and this class fold them to one form: ASCII square brackets, ASCII
 * digits, no spaces, lower case.
 */
public final class DocNumbers {

	/** One character in, zero or one out; the same table feeds the search engine's normalizer. */
	private static final Map<Character, String> FOLDS = folds();

	private DocNumbers() {
	}

	public static String normalize(String docNumber) {
		if (docNumber == null) {
			return "";
		}
		StringBuilder folded = new StringBuilder(docNumber.length());
		for (int i = 0; i < docNumber.length(); i++) {
			char c = docNumber.charAt(i);
			String replacement = FOLDS.get(c);
			folded.append(replacement != null ? replacement : String.valueOf(c));
		}
		return folded.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * The folds as rules of the engine's {@code mapping} character filter ({@code "〔 => ["}); characters the rule
	 * syntax would trim or misread are written as {@code \}{@code uXXXX}.
	 */
	public static List<String> mappingRules() {
		return FOLDS.entrySet().stream().map(e -> escape(String.valueOf(e.getKey())) + " => " + escape(e.getValue()))
				.toList();
	}

	private static String escape(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.toCharArray()) {
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\\' || c == '=' || c == '>') {
				out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static Map<Character, String> folds() {
		Map<Character, String> folds = new LinkedHashMap<>();
		for (char open : "〔［【（(﹝〖｛{".toCharArray()) {
			folds.put(open, "[");
		}
		for (char close : "〕］】）)﹞〗｝}".toCharArray()) {
			folds.put(close, "]");
		}
		for (char digit = '０'; digit <= '９'; digit++) {
			folds.put(digit, String.valueOf((char) ('0' + (digit - '０'))));
		}
		folds.put(' ', "");
		folds.put('\u3000', "");
		folds.put('\t', "");
		return Collections.unmodifiableMap(folds);
	}
}
