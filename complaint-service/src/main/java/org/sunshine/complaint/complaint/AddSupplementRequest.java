package org.sunshine.complaint.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Information the complainant adds to a complaint (补充材料). */
record AddSupplementRequest(@NotBlank @Size(max = 5000) String text) {
}
