package org.sunshine.disclosure.catalog;

import java.time.Instant;

import org.sunshine.disclosure.feed.PublicationStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The published state of a power item: its current version's content plus the feed sequence of its
 * last publication change, written together in one document.
 */
@Document("power_items")
@CompoundIndex(name = "publication", def = "{'_id': 1, 'version': 1}", unique = true)
record PowerItem(@Id String code, PowerItemContent content, int version, PublicationStatus status,
		Instant publishedAt, @Indexed long sequence) {
}
