package org.sunshine.sms.recipient;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A number that asked not to receive non-essential messages (退订).
 *
 * @param id keyed hash of the national number
 * @param masked e.g. {@code 138****5678}, for staff
 * @param at when it was recorded
 * @param by who recorded it
 */
@Document("sms_opt_outs")
record OptOut(@Id String id, String masked, Instant at, String by) {

}
