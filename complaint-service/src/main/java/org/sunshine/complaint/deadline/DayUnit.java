package org.sunshine.complaint.deadline;

/** How a time limit counts days. */
public enum DayUnit {

	/** Working days (工作日): weekends and public holidays do not count, adjusted working weekends do. */
	WORKING,

	/** Calendar days (自然日): every day counts. */
	CALENDAR

}
