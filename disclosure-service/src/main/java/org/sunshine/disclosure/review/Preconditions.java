package org.sunshine.disclosure.review;

/**
 * Optimistic concurrency on workflow transitions: the version in work carries the entity tag
 * {@code "<number>.<revision>"}; a request that sends {@code If-Match} acts only on that exact state.
 * Without {@code If-Match} the transition still cannot overwrite a concurrent one (the write is guarded
 * by the revision it read), but it is not told what it read.
 */
final class Preconditions {

	private Preconditions() {
	}

	static String etag(int number, long revision) {
		return "\"" + number + "." + revision + "\"";
	}

	/** True when {@code ifMatch} (absent, {@code *}, or a list of tags, weak or strong) matches the version. */
	static boolean matches(String ifMatch, ItemVersion version) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return true;
		}
		String current = etag(version.number(), version.revision());
		for (String tag : ifMatch.split(",")) {
			String strong = tag.strip();
			if (strong.startsWith("W/")) {
				strong = strong.substring(2);
			}
			if (strong.equals(current)) {
				return true;
			}
		}
		return false;
	}

}
