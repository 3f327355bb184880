package org.sunshine.complaint.complaint;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sunshine.complaint.deadline.DayUnit;
import org.sunshine.complaint.deadline.DeadlineRule;

/**
 * A new version of the time limits.
 *
 * @param reply the reply limit per complaint type
 * @param acceptance the limit for accepting or rejecting; one working day when absent
 * @param note why the limits change (kept with the version)
 */
record UpdateReplyRulesRequest(@NotEmpty Map<ComplaintType, @NotNull @Valid Limit> reply, @Valid Limit acceptance,
		@Size(max = 500) String note) {

	/** {@code days} of {@code unit}; negative days or more than ten years are refused. */
	record Limit(@NotNull @Min(0) @Max(DeadlineRule.MAX_DAYS) Integer days, @NotNull DayUnit unit) {

		DeadlineRule rule() {
			return new DeadlineRule(this.days, this.unit);
		}

	}

}
