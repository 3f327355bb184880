package org.sunshine.complaint.warning;

import jakarta.validation.constraints.Size;

/**
 * Acknowledging a warning (签收).
 *
 * @param note what is being done about it
 */
record AcknowledgeWarningRequest(@Size(max = 500) String note) {
}
