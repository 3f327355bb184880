package org.sunshine.complaint.stats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.sunshine.complaint.calendar.HolidayCalendarFixture;
import org.sunshine.complaint.deadline.DeadlineCalculator;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTest {

	private static final DeadlineCalculator deadlines = new DeadlineCalculator(HolidayCalendarFixture.official(),
			ZoneId.of("Asia/Shanghai"));

	private static final Instant RECEIVED = at("2024-02-09T10:00:00+08:00");

	private static final Instant DUE = at("2024-02-22T23:59:59+08:00");

	private static final Instant NOW = at("2024-03-01T12:00:00+08:00");

	@Test
	void shouldCountWorkingDaysToReplyAcrossTheSpringFestivalWhenReplied() {
		Tally tally = new Tally();
		// Replied on the worked Sunday 18 Feb: 1 working day after the Friday of receipt.
		tally.add(facts("CLOSED", at("2024-02-18T16:00:00+08:00"), true, "SATISFIED"), NOW, deadlines);
		// Replied Thursday 22 Feb: 5 working days.
		tally.add(facts("CLOSED", at("2024-02-22T09:00:00+08:00"), true, "BASICALLY_SATISFIED"), NOW, deadlines);
		// Replied late, Monday 26 Feb: 7 working days; dissatisfied.
		tally.add(facts("CLOSED", at("2024-02-26T09:00:00+08:00"), false, "DISSATISFIED"), NOW, deadlines);

		StatsView.Figures figures = tally.figures();

		assertThat(figures.received()).isEqualTo(3);
		assertThat(figures.closed()).isEqualTo(3);
		assertThat(figures.closedOnTime()).isEqualTo(2);
		assertThat(figures.closedOnTimeRate()).isEqualTo(66.7);
		assertThat(figures.averageReplyWorkingDays()).isEqualTo(4.33);
		assertThat(figures.p90ReplyWorkingDays()).isEqualTo(7);
		assertThat(figures.satisfactionRate()).isEqualTo(66.7);
		assertThat(figures.belowSatisfactionFloor()).isTrue();
	}

	@Test
	void shouldCountOpenComplaintsPastTheirDeadlineAsOverdueUnlessTheClockIsStopped() {
		Tally tally = new Tally();
		tally.add(new ComplaintFacts(RECEIVED, "ASSIGNED", "ZSK", true, DUE, false, null, false, null), NOW, deadlines);
		tally.add(new ComplaintFacts(RECEIVED, "ASSIGNED", "ZSK", true, DUE, true, null, false, null), NOW, deadlines);
		tally.add(new ComplaintFacts(RECEIVED, "RECEIVED", "ZSK", false, NOW.plusSeconds(60), false, null, false, null),
				NOW, deadlines);

		StatsView.Figures figures = tally.figures();

		assertThat(figures.overdueNow()).isEqualTo(1);
		assertThat(figures.accepted()).isEqualTo(2);
		assertThat(figures.satisfactionRate()).isNull();
		assertThat(figures.belowSatisfactionFloor()).isFalse();
		assertThat(figures.averageReplyWorkingDays()).isNull();
	}

	private static ComplaintFacts facts(String status, Instant repliedAt, boolean onTime, String grade) {
		return new ComplaintFacts(RECEIVED, status, "ZSK", true, DUE, false, repliedAt, onTime, grade);
	}

	private static Instant at(String value) {
		return OffsetDateTime.parse(value).toInstant();
	}

}
