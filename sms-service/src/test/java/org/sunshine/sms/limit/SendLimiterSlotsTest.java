package org.sunshine.sms.limit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sunshine.sms.template.TemplateKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SendLimiterSlotsTest {

	private static final Instant NOW = Instant.parse("2026-11-23T16:30:15Z");

	private final LimitProperties properties = new LimitProperties(new LimitProperties.Window(1, 5, 10),
			new LimitProperties.Window(0, 0, 20), new LimitProperties.Quiet(null, null, null));

	private final SendLimiter limiter = new SendLimiter((LimitStore) null, this.properties,
			Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

	@Test
	void shouldCountMinuteHourAndDayWhenMessageIsOneTimeCode() {
		List<SendLimiter.Slot> slots = this.limiter.slots("h1", TemplateKind.ONE_TIME_CODE, "ONE_TIME_CODE", null, NOW);

		assertThat(slots).extracting(SendLimiter.Slot::name, SendLimiter.Slot::max)
			.containsExactly(tuple("per-minute", 1),
					tuple("per-hour", 5),
					tuple("per-day", 10));
		assertThat(slots.get(0).expiresAt()).isEqualTo(Instant.parse("2026-11-23T16:31:00Z"));
		assertThat(slots.get(1).expiresAt()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
	}

	@Test
	void shouldUseShanghaiDateWhenUtcDateDiffers() {
		// 16:30 UTC is 00:30 the next day in Shanghai.
		List<SendLimiter.Slot> slots = this.limiter.slots("h1", TemplateKind.NOTIFICATION, "WARNING_RED", 500, NOW);

		assertThat(slots).extracting(SendLimiter.Slot::key)
			.containsExactly("r:h1:NOTIFICATION:d:2026-11-24", "t:WARNING_RED:d:2026-11-24");
		assertThat(slots.get(0).expiresAt()).isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
	}

	@Test
	void shouldSkipWindowsWhenLimitIsZero() {
		assertThat(this.limiter.slots("h1", TemplateKind.NOTIFICATION, "COMPLAINT_RECEIVED", null, NOW)).hasSize(1);
	}

}
