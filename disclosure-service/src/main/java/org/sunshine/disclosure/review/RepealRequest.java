package org.sunshine.disclosure.review;

import jakarta.validation.constraints.Size;

/** Why an item is repealed; recorded in the history. */
public record RepealRequest(@Size(max = 2000) String reason) {
}
