package org.sunshine.disclosure.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A policy draft as the editor writes it. Dates are ISO strings checked here, so a malformed date is
 * reported on its field like any other mistake rather than as an unreadable body.
 *
 * @param publishAt optional: publish at this time once both reviews approved, instead of at once
 */
record DraftPolicyRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 60) String docNumber,
		@NotBlank @Size(max = 100) String issuer, @NotNull @IsoDate String issuedOn,
		@NotNull @IsoDate String effectiveOn, @NotBlank @Size(max = 20) String category,
		@NotBlank @Size(max = 200_000) String body, OffsetDateTime publishAt) {

	PolicyContent content() {
		return new PolicyContent(this.docNumber.strip(), this.title.strip(), this.issuer.strip(),
				this.category.strip(), LocalDate.parse(this.issuedOn), LocalDate.parse(this.effectiveOn), null,
				this.body);
	}

}
