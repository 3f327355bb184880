package org.sunshine.complaint.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A complaint as filed online, real-name or anonymous.
 *
 * @param type what it is about
 * @param subject one line
 * @param content the complaint, at most 5,000 characters
 * @param department code of the department complained about (optional)
 * @param powerCode code of the power item complained about (optional)
 * @param anonymous whether the complainant stays anonymous; then no name, phone or ID number
 * @param name real name, required unless anonymous
 * @param phone mainland mobile number, required unless anonymous
 * @param idNumber resident ID number (optional)
 */
@ValidComplainant
record FileComplaintRequest(@NotNull ComplaintType type, @NotBlank @Size(max = 100) String subject,
		@NotBlank @Size(max = 5000) String content, @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]*") String department,
		@Size(max = 20) @Pattern(regexp = "[A-Z]{2,8}-\\d{1,6}") String powerCode, boolean anonymous,
		@Size(max = 40) String name, @Pattern(regexp = "1[3-9]\\d{9}", message = "{complaint.phone.invalid}") String phone,
		@ResidentIdNumber String idNumber) implements ComplainantDetails {
}
