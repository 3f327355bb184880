package org.sunshine.complaint.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.sunshine.complaint.deadline.Countdown;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import org.sunshine.complaint.deadline.DeadlineRule;

/**
 * Grades open complaints against their deadlines on the working-day calendar (plain Java, no framework).
 *
 * <ul>
 * <li>BLUE: not due today, at most {@value #BLUE_WORKING_DAYS} working days left;</li>
 * <li>YELLOW: due today and not passed yet;</li>
 * <li>RED: overdue. Occurrence 1 from the moment it is overdue, then one more on each following working day
 * (overdue on a Friday night: 1 over the weekend, 2 on Monday, 3 on Tuesday);</li>
 * <li>ACCEPTANCE: still not accepted after its acceptance deadline (once).</li>
 * </ul>
 */
final class WarningGrader {

	static final int BLUE_WORKING_DAYS = 2;

	private final DeadlineCalculator calculator;

	WarningGrader(DeadlineCalculator calculator) {
		this.calculator = Objects.requireNonNull(calculator, "calculator");
	}

	/** The warning a reply deadline {@code dueAt} calls for at {@code now}; empty while it is far. */
	Optional<Grade> grade(Instant dueAt, Instant now) {
		Countdown countdown = this.calculator.countdown(dueAt.atZone(this.calculator.zone()).toOffsetDateTime(), now);
		if (countdown.overdue()) {
			LocalDate firstOverdueDay = day(dueAt).plusDays(1);
			int furtherWorkingDays = Math.max(0, this.calculator.workingDaysBetween(firstOverdueDay, day(now)));
			return Optional.of(new Grade(WarningLevel.RED, 1 + furtherWorkingDays));
		}
		if (countdown.dueToday()) {
			return Optional.of(new Grade(WarningLevel.YELLOW, 1));
		}
		if (countdown.workingDaysLeft() <= BLUE_WORKING_DAYS) {
			return Optional.of(new Grade(WarningLevel.BLUE, 1));
		}
		return Optional.empty();
	}

	/** Whether a complaint still unaccepted at {@code now} has passed its acceptance deadline. */
	Optional<Grade> gradeAcceptance(Instant acceptDueAt, Instant now) {
		return now.isAfter(acceptDueAt) ? Optional.of(new Grade(WarningLevel.ACCEPTANCE, 1)) : Optional.empty();
	}

	/**
	 * The earliest reply deadline that needs no warning at {@code now}: the start of the third working day
	 * after today. Anything due from then on has more than {@value #BLUE_WORKING_DAYS} working days left, so a
	 * scan only reads complaints due before it.
	 */
	Instant horizon(Instant now) {
		LocalDate thirdWorkingDay = this.calculator.dueAt(now, DeadlineRule.workingDays(BLUE_WORKING_DAYS + 1))
			.dueDate();
		return thirdWorkingDay.atStartOfDay(this.calculator.zone()).toInstant();
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.calculator.zone());
	}

}
