package org.sunshine.complaint.warning;

import java.util.Objects;

/**
 * The warning a complaint deserves at a moment.
 *
 * @param level how urgent
 * @param occurrence which repetition of the level: always 1, except for RED, which counts 1 on the first
 *        overdue day and one more on every further working day
 */
record Grade(WarningLevel level, int occurrence) {

	Grade {
		Objects.requireNonNull(level, "level");
		if (occurrence < 1) {
			throw new IllegalArgumentException("occurrence starts at 1, was " + occurrence);
		}
	}

}
