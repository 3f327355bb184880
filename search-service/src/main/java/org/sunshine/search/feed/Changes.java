package org.sunshine.search.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The change feed's wire format (contract: disclosure-service public change feed). */
final class Changes {

	static final String PUBLISHED = "PUBLISHED";

	static final String REPEALED = "REPEALED";

	private Changes() {
	}

	/** One page of changes; {@code next} is the sequence to ask after next time. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Page<D>(List<Item<D>> items, long next) {

		Page {
			items = items == null ? List.of() : items;
		}
	}

	/** One publish, amend or repeal, with the public view of the item as it is after it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Item<D>(long sequence, String id, long version, String status, D document) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Policy(String id, String docNumber, String title, String issuer, String category, LocalDate issuedOn,
			LocalDate effectiveOn, LocalDate repealedOn, String validity, String body, Long version,
			OffsetDateTime publishedAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Power(String code, String name, Named category, String subItem, List<LegalBasis> legalBasis,
			List<Step> steps, String conditions, List<String> materials, String fees, String feeBasis,
			Named department, String responsiblePost, String supervisionPhone, Risk risk, Long version,
			String status, OffsetDateTime publishedAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Named(String code, String name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record LegalBasis(String law, String article, String text) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Step(Integer order, String name, String post, Integer timeLimitDays) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Risk(String level, String description, String controls, String watchedBy) {
	}
}
