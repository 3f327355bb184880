package org.sunshine.search.feed;

import org.sunshine.search.index.DocumentType;

/** The two feeds disclosure-service publishes, and the index each one fills. */
enum FeedSource {

	POLICIES("/api/policies/changes", DocumentType.POLICY), POWERS("/api/powers/changes", DocumentType.POWER);

	private final String path;

	private final DocumentType type;

	FeedSource(String path, DocumentType type) {
		this.path = path;
		this.type = type;
	}

	String path() {
		return path;
	}

	DocumentType type() {
		return type;
	}
}
