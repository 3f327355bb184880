package org.sunshine.disclosure.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an item is repealed; recorded in the history. Required: a repeal takes effect at once, without
 * review, so the reason is what the record keeps of the decision.
 */
public record RepealRequest(@NotBlank @Size(max = 2000) String reason) {
}
