package org.sunshine.complaint.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reply (答复) to the complainant. */
record ReplyComplaintRequest(@NotBlank @Size(max = 5000) String text) {
}
