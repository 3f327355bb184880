package org.sunshine.complaint.complaint;

import java.time.OffsetDateTime;

/**
 * The answer to a filed complaint. The access code is shown here once and never again.
 *
 * @param trackingNumber the number to follow the complaint by
 * @param accessCode the secret that, with the number, opens the complaint
 * @param dueAt when the reply is due
 * @param status where it stands
 */
record FiledComplaintView(String trackingNumber, String accessCode, OffsetDateTime dueAt, ComplaintStatus status) {
}
