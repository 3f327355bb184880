package org.sunshine.sms.template;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An ADMIN's new template; it is stored as version 1 and edited afterwards with PUT.
 *
 * @param code the stable name callers will use, upper case with underscores, e.g. {@code RATING_REMINDER}
 * @param body the text (placeholders as {@code {name}}), starting with the signature
 * @param kind what it is for (limits differ)
 * @param essential sent even to recipients on the opt-out list
 * @param dailyCap most messages a day across recipients, {@code null} for none
 * @param description what it is for, for staff
 */
record CreateTemplateRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{2,63}") String code,
		@NotBlank @Size(max = TemplateRules.MAX_BODY_LENGTH) String body, @NotNull TemplateKind kind,
		boolean essential, @Min(1) Integer dailyCap, @Size(max = 200) String description) {

}
