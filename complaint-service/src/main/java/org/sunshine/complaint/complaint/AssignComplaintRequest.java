package org.sunshine.complaint.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a complaint is forwarded (转办): a department code and a handler's user name. */
record AssignComplaintRequest(@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]+") String department,
		@NotBlank @Size(max = 64) String handler) {
}
