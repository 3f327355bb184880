package org.sunshine.disclosure.catalog;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sunshine.disclosure.catalog.PowerItemContent.CategoryRef;
import org.sunshine.disclosure.catalog.PowerItemContent.DepartmentRef;
import org.sunshine.disclosure.catalog.PowerItemContent.LegalBasis;
import org.sunshine.disclosure.catalog.PowerItemContent.ProcessStep;
import org.sunshine.disclosure.catalog.PowerItemContent.RiskAssessment;
import org.sunshine.disclosure.catalog.PowerItemContent.TimeLimit;

/**
 * A power item draft: the public view's fields (see {@link PowerItemContent}) plus an optional
 * {@code publishAt}. The code starts with the category's code ({@code XZCF-0012}).
 */
record DraftPowerItemRequest(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 200) String name,
		@NotNull @Valid CategoryRef category, @Size(max = 200) String subItem,
		@NotEmpty @Size(max = 50) List<@NotNull @Valid LegalBasis> legalBasis,
		@NotEmpty @Size(max = 50) List<@NotNull @Valid ProcessStep> steps, @Size(max = 5000) String conditions,
		@Size(max = 100) List<@NotBlank @Size(max = 500) String> materials,
		@NotNull @Valid TimeLimit statutoryLimit, @Valid TimeLimit committedLimit,
		@NotBlank @Size(max = 500) String fees, @Size(max = 1000) String feeBasis,
		@NotNull @Valid DepartmentRef department, @NotBlank @Size(max = 100) String responsiblePost,
		@NotBlank @Pattern(regexp = PHONE) String supervisionPhone, @NotNull @Valid RiskAssessment risk,
		OffsetDateTime publishAt) {

	static final String CODE = "[A-Z]{2,8}-\\d{1,6}";

	/** Mainland numbers as the bureau prints them: 0731-12366, 12366, 0731-8888 8888. */
	static final String PHONE = "[0-9][0-9 \\-]{2,19}";

	PowerItemContent content() {
		return new PowerItemContent(this.code, this.name.strip(), this.category, this.subItem, this.legalBasis,
				this.steps, this.conditions, (this.materials != null) ? this.materials : List.of(), this.statutoryLimit,
				this.committedLimit, this.fees, this.feeBasis, this.department, this.responsiblePost,
				this.supervisionPhone, this.risk);
	}

}
