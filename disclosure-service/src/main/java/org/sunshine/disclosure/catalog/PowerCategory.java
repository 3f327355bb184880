package org.sunshine.disclosure.catalog;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A category of the power catalog, with the bureau's own sub-items. Categories are data, seeded with
 * the national set, so a bureau can add its own.
 */
@Document("power_categories")
public record PowerCategory(@Id String code, String name, int order, List<SubItem> subItems) {

	public record SubItem(String code, String name) {
	}

}
