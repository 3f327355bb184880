package org.sunshine.sms.template;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An ADMIN's edit of a template.
 *
 * @param body the new text (placeholders as {@code {name}})
 * @param essential sent even to recipients on the opt-out list
 * @param dailyCap most messages a day across recipients, {@code null} for none
 * @param description what it is for; unchanged when {@code null}
 * @param version the version the editor started from (optimistic locking)
 */
record UpdateTemplateRequest(@NotBlank @Size(max = TemplateRules.MAX_BODY_LENGTH) String body, boolean essential,
		@Min(1) Integer dailyCap, @Size(max = 200) String description, @Min(1) int version) {

}
