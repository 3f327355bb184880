package org.sunshine.search.query;

import java.util.List;
import java.util.Map;

/**
 * One page of results with facet counts.
 *
 * @param took milliseconds the engine spent
 * @param facets per field ({@code type}, {@code category}, {@code issuer}, {@code year}, {@code validity}) the values
 *     with their counts, each counted as if that field's own filter were not set
 */
record SearchView(long total, long took, int page, int size, List<HitView> hits,
		Map<String, List<FacetValue>> facets) {

	/**
	 * One result. {@code highlights} are HTML fragments in which only {@code <em>} tags are markup: the engine
	 * escapes everything else, so they may be shown as HTML. All other fields are plain text.
	 */
	record HitView(String id, String type, String title, String docNumber, String issuer, String date,
			String category, String validity, String riskLevel, List<String> highlights, Double score) {
	}

	record FacetValue(String value, long count) {
	}
}
