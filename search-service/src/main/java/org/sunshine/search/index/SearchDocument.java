package org.sunshine.search.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One searchable item, policy or power item, in the shape both indices share. {@code version} is the publisher's
 * version of the item: the engine keeps whichever write carries the highest one.
 *
 * @param docNumber the document number (文号) of a policy, or the code of a power item
 * @param issuer the issuing authority of a policy, or the responsible department of a power item
 * @param riskLevel a power item's integrity-risk level (HIGH, MEDIUM, LOW); {@code null} for policies
 */
public record SearchDocument(String id, String type, String title, String docNumber, String issuer, String category,
		LocalDate date, Integer year, String validity, String riskLevel, String body, long version,
		Suggest suggest) {

	public SearchDocument {
		year = date == null ? null : date.getYear();
	}

	public static SearchDocument of(DocumentType type, String id, long version, String title, String docNumber,
			String issuer, String category, LocalDate date, Validity validity, String riskLevel, String body) {
		return new SearchDocument(id, type.value(), title, docNumber, issuer, category, date, null, validity.name(),
				riskLevel, body, version, Suggest.forTitle(title, docNumber, validity));
	}

	public DocumentType documentType() {
		return DocumentType.fromValue(type).orElseThrow();
	}

	/** Completion inputs: the title, the title without a leading 关于, and the document number. */
	public record Suggest(List<String> input, int weight) {

		static Suggest forTitle(String title, String docNumber, Validity validity) {
			java.util.LinkedHashSet<String> inputs = new java.util.LinkedHashSet<>();
			if (title != null && !title.isBlank()) {
				inputs.add(title.strip());
				if (title.strip().startsWith("关于") && title.strip().length() > 2) {
					inputs.add(title.strip().substring(2));
				}
			}
			if (docNumber != null && !docNumber.isBlank()) {
				inputs.add(docNumber.strip());
			}
			return new Suggest(List.copyOf(inputs), validity == Validity.VALID ? 10 : 1);
		}
	}
}
