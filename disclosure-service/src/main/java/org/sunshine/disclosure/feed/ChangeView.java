package org.sunshine.disclosure.feed;

import java.time.Instant;

/**
 * One entry of the public change feed.
 *
 * @param sequence position in the feed; consumers resume after the last one they applied
 * @param id the item's id (policy id or power code)
 * @param version the item's version, so a consumer never lets an older change overwrite a newer one
 * @param status published or repealed
 * @param changedAt when the change was made (its sequence was drawn)
 * @param document the public view of the item at that version
 */
public record ChangeView<T>(long sequence, String id, int version, PublicationStatus status, Instant changedAt,
		T document) {
}
