package org.sunshine.disclosure.review;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One transition of an item, append-only: entries are inserted, never updated or deleted, because
 * "disclosure inconsistent with execution" is itself a supervised fault and the record must hold.
 *
 * @param id generated, or deterministic for publication entries so a repeated publication run
 * records it once
 * @param kind policy or power item
 * @param itemId policy id or power code
 * @param version the version concerned
 * @param transition what happened
 * @param actor the token subject, or {@code system} for scheduled publication
 * @param at when
 * @param reason the reviewer's or editor's reason, when one was given
 */
@Document("history")
public record HistoryEntry(@Id String id, ItemKind kind, String itemId, int version, Transition transition,
		String actor, Instant at, String reason) {
}
