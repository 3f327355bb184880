package org.sunshine.complaint.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The complainant's rating of the reply (满意度评价). */
record RateComplaintRequest(@NotNull SatisfactionGrade grade, @Size(max = 1000) String comment) {
}
