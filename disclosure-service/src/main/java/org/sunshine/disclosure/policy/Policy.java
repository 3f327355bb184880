package org.sunshine.disclosure.policy;

import java.time.Instant;

import org.sunshine.disclosure.feed.PublicationStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The published state of a policy document. {@code docNumberKey} is the normalised document number,
 * unique, so the same document cannot be published twice under bracket variants of its number.
 */
@Document("policies")
@CompoundIndex(name = "publication", def = "{'_id': 1, 'version': 1}", unique = true)
record Policy(@Id String id, PolicyContent content, @Indexed(unique = true) String docNumberKey, int version,
		PublicationStatus status, Instant publishedAt, @Indexed long sequence) {
}
