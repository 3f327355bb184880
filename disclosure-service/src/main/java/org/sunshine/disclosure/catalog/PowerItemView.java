package org.sunshine.disclosure.catalog;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.sunshine.disclosure.feed.PublicationStatus;

/** The public view of a power item: its content, version and publication state. */
record PowerItemView(@JsonUnwrapped PowerItemContent content, int version, PublicationStatus status,
		OffsetDateTime publishedAt) {

	static PowerItemView of(PowerItem item, ZoneId zone) {
		return new PowerItemView(item.content(), item.version(), item.status(),
				(item.publishedAt() != null) ? item.publishedAt().atZone(zone).toOffsetDateTime() : null);
	}

}
