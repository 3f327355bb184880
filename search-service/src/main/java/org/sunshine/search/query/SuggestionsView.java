package org.sunshine.search.query;

import java.util.List;

/** Titles that start with what was typed, best first. */
record SuggestionsView(List<Suggestion> suggestions) {

	record Suggestion(String text, String id, String type, String docNumber, String validity) {
	}
}
