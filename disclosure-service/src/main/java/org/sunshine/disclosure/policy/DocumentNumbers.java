package org.sunshine.disclosure.policy;

import java.text.Normalizer;

/**
 * Document numbers (文号) are written with different brackets around the year: {@code 湘税发〔2024〕12号},
 * {@code 湘税发[2024]12号} and {@code 湘税发（2024）12号} are the same document. The key folds those
 * variants (and full-width digits and spaces) into one form, so uniqueness and lookup agree.
 */
public final class DocumentNumbers {

	private DocumentNumbers() {
	}

	public static String key(String documentNumber) {
		// NFKC turns full-width digits, letters and （）［］ into their ASCII forms.
		String folded = Normalizer.normalize(documentNumber, Normalizer.Form.NFKC);
		StringBuilder key = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			switch (c) {
				case '〔', '[', '(', '【', '〖', '{' -> key.append('〔');
				case '〕', ']', ')', '】', '〗', '}' -> key.append('〕');
				default -> {
					if (!Character.isWhitespace(c)) {
						key.append(c);
					}
				}
			}
		}
		return key.toString();
	}

}
