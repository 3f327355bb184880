package org.sunshine.complaint.complaint;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sunshine.complaint.deadline.DeadlineRule;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyDeadlinePropertiesTest {

	@Test
	void shouldUseTheConfiguredRuleWhenTheTypeHasOne() {
		ReplyDeadlineProperties properties = new ReplyDeadlineProperties(
				Map.of(ComplaintType.RIGHTS, DeadlineRule.workingDays(10)));

		assertThat(properties.ruleFor(ComplaintType.RIGHTS)).isEqualTo(DeadlineRule.workingDays(10));
	}

	@Test
	void shouldAllowOneWeekWhenTheTypeHasNoRule() {
		ReplyDeadlineProperties properties = new ReplyDeadlineProperties(
				Map.of(ComplaintType.RIGHTS, DeadlineRule.calendarDays(15)));

		assertThat(properties.ruleFor(ComplaintType.SUGGESTION)).isEqualTo(DeadlineRule.workingDays(5));
		assertThat(new ReplyDeadlineProperties(null).ruleFor(ComplaintType.CONDUCT))
			.isEqualTo(DeadlineRule.workingDays(5));
	}

}
