package org.sunshine.disclosure.review;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

/**
 * One version of a policy or power item, in any state from draft to superseded. The public document
 * (collection {@code policies} or {@code power_items}) holds only the published state; this collection
 * keeps every version, so the public API can answer "as of a date" and show diffs.
 *
 * @param id {@code <kind>/<itemId>/<number>}, so a version can be written at most once
 * @param kind policy or power item
 * @param itemId policy id or power code
 * @param number version number, 1 for the first
 * @param content the item's content as stored (the feature converts it)
 * @param title the item's title or name, for review queues
 * @param uniqueKey what must be unique across items (the normalised document number), or null
 * @param state workflow state
 * @param repeal true for the version that repeals the item
 * @param authors everyone who created or edited this version; none of them may review it
 * @param reviewer who approved the first review
 * @param secrecyReviewer who approved the confidentiality review
 * @param publishAt when to publish once approved; null for at once
 * @param publishedAt when it became public
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param revision incremented by every write, guards concurrent transitions
 */
@org.springframework.data.mongodb.core.mapping.Document("versions")
@CompoundIndex(name = "guard", def = "{'_id': 1, 'revision': 1}", unique = true)
@CompoundIndex(name = "item", def = "{'kind': 1, 'itemId': 1, 'number': 1}")
@CompoundIndex(name = "queue", def = "{'kind': 1, 'state': 1, 'updatedAt': 1}")
public record ItemVersion(@Id String id, ItemKind kind, String itemId, int number, Document content, String title,
		String uniqueKey, VersionState state, boolean repeal, List<String> authors, String reviewer,
		String secrecyReviewer, Instant publishAt, Instant publishedAt, Instant createdAt, Instant updatedAt,
		long revision) {

	public static String idOf(ItemKind kind, String itemId, int number) {
		return kind + "/" + itemId + "/" + number;
	}

}
