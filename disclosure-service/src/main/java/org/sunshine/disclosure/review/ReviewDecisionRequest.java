package org.sunshine.disclosure.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision, {@code {"decision":"APPROVE"|"RETURN","reason":"…"}}; a return needs a reason. */
public record ReviewDecisionRequest(@NotNull Decision decision, @Size(max = 2000) String reason) {
}
