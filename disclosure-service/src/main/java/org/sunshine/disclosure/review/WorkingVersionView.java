package org.sunshine.disclosure.review;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A version as staff see it in the workflow (never served to the public).
 * @param id policy id or power code
 * @param version version number
 * @param state workflow state
 * @param revision changes with every write; the ETag is {@code "<version>.<revision>"}, and a
 * transition sent with {@code If-Match} is refused (412) when the version changed since it was read
 * @param content the content, in the same shape as the public view's fields
 */
public record WorkingVersionView(String id, int version, VersionState state, String title, List<String> authors,
		String reviewer, String secrecyReviewer, OffsetDateTime publishAt, OffsetDateTime publishedAt,
		OffsetDateTime updatedAt, long revision, JsonNode content) {

	public static WorkingVersionView of(ItemVersion version, JsonNode content, ZoneId zone) {
		return new WorkingVersionView(version.itemId(), version.number(), version.state(), version.title(),
				version.authors(), version.reviewer(), version.secrecyReviewer(), at(version.publishAt(), zone),
				at(version.publishedAt(), zone), at(version.updatedAt(), zone), version.revision(), content);
	}

	/** The strong entity tag of this version at this revision. */
	public String etag() {
		return Preconditions.etag(this.version, this.revision);
	}

	/** 200 with the ETag. */
	public static ResponseEntity<WorkingVersionView> ok(WorkingVersionView view) {
		return view.response(HttpStatus.OK);
	}

	/** The view as a response with its ETag, so the next transition can send it back in If-Match. */
	public ResponseEntity<WorkingVersionView> response(HttpStatus status) {
		return ResponseEntity.status(status).eTag(etag()).body(this);
	}

	private static OffsetDateTime at(java.time.Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).toOffsetDateTime() : null;
	}

}
