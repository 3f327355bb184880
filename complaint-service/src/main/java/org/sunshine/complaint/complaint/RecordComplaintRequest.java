package org.sunshine.complaint.complaint;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A complaint that reached the bureau by hotline, letter, visit or SMS, recorded by staff with the
 * moment it really arrived: its deadline runs from then.
 *
 * @param channel how it arrived (not ONLINE: online complaints file themselves)
 * @param receivedAt when it arrived, ISO-8601 with offset; not in the future, at most 60 days ago
 */
@ValidComplainant
record RecordComplaintRequest(@NotNull ComplaintType type, @NotBlank @Size(max = 100) String subject,
		@NotBlank @Size(max = 5000) String content, @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]*") String department,
		@Size(max = 20) @Pattern(regexp = "[A-Z]{2,8}-\\d{1,6}") String powerCode, boolean anonymous,
		@Size(max = 40) String name, @Pattern(regexp = "1[3-9]\\d{9}", message = "{complaint.phone.invalid}") String phone,
		@ResidentIdNumber String idNumber, @NotNull @OfflineChannel Channel channel,
		@NotNull @RecentReceipt OffsetDateTime receivedAt) implements ComplainantDetails {

	FileComplaintRequest asFiled() {
		return new FileComplaintRequest(this.type, this.subject, this.content, this.department, this.powerCode,
				this.anonymous, this.name, this.phone, this.idNumber);
	}

}
