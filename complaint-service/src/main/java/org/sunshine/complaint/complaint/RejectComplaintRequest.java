package org.sunshine.complaint.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a complaint is not accepted (不予受理); the complainant reads it. */
record RejectComplaintRequest(@NotBlank @Size(max = 1000) String reason) {
}
