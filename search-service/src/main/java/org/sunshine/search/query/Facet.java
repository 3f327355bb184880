package org.sunshine.search.query;

/** The filters offered with counts beside the results, in the order the API lists them. */
enum Facet {

	TYPE("type", 5), CATEGORY("category", 20), ISSUER("issuer", 20), YEAR("year", 30), VALIDITY("validity", 5);

	private final String field;

	private final int size;

	Facet(String field, int size) {
		this.field = field;
		this.size = size;
	}

	/** The document field, which is also the key in the response's {@code facets}. */
	String field() {
		return field;
	}

	int size() {
		return size;
	}
}
