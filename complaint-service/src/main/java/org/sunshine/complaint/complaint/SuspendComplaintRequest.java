package org.sunshine.complaint.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the clock stops (补正): what the complainant is asked to provide. */
record SuspendComplaintRequest(@NotBlank @Size(max = 1000) String reason) {
}
