package org.sunshine.complaint.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff need to see who filed a real-name complaint; kept with the record of the access. */
record UnsealIdentityRequest(@NotBlank @Size(max = 500) String reason) {
}
