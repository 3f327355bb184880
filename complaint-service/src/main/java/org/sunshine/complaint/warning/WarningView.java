package org.sunshine.complaint.warning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A warning as staff see it on screen. Phones never appear.
 *
 * @param id the warning's id, for acknowledging it
 * @param trackingNumber the complaint
 * @param level how urgent
 * @param occurrence 1, or for RED the how-manieth working day overdue
 * @param dueAt the deadline it is about (the reply deadline; for ACCEPTANCE the acceptance deadline)
 * @param raisedAt when it was raised
 * @param department the department the complaint is assigned to, if any
 * @param handler the handler it is assigned to, if any
 * @param recipients who it went to and why
 * @param smsPending SMS not yet handed to sms-service
 * @param acknowledged whether someone acknowledged it
 * @param acknowledgedBy who
 * @param acknowledgedAt when
 * @param note what they noted
 * @param sequence its position in the order warnings were recorded (the event id of the stream)
 */
record WarningView(String id, String trackingNumber, WarningLevel level, int occurrence, OffsetDateTime dueAt,
		OffsetDateTime raisedAt, String department, String handler, List<RecipientView> recipients, Integer smsPending,
		boolean acknowledged, String acknowledgedBy, OffsetDateTime acknowledgedAt, String note, long sequence) {

	record RecipientView(String username, Recipient.Role role) {
	}

}
