package org.sunshine.sms.limit;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Per-recipient limits and quiet hours.
 *
 * @param oneTimeCode limits per number for verification codes
 * @param notification limits per number for everything else
 * @param quietHours when NORMAL and BULK messages wait for the morning
 * @param redisUrl {@code redis://…} (env {@code REDIS_URL}): counters in Redis; blank: in Mongo
 * @param timeout longest wait for the counter store before it counts as unreachable
 */
@ConfigurationProperties("sunshine.sms.limits")
public record LimitProperties(Window oneTimeCode, Window notification, Quiet quietHours, String redisUrl,
		Duration timeout) {

	@ConstructorBinding
	public LimitProperties {
		oneTimeCode = (oneTimeCode != null) ? oneTimeCode : new Window(1, 5, 10);
		notification = (notification != null) ? notification : new Window(0, 0, 20);
		quietHours = (quietHours != null) ? quietHours : new Quiet(null, null, null);
		redisUrl = (redisUrl != null && !redisUrl.isBlank()) ? redisUrl.strip() : null;
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(2);
	}

	/** Counters in Mongo, default timeout. */
	public LimitProperties(Window oneTimeCode, Window notification, Quiet quietHours) {
		this(oneTimeCode, notification, quietHours, null, null);
	}

	/** Most messages per number in each window; 0 means no limit for that window. */
	public record Window(int perMinute, int perHour, int perDay) {

	}

	/**
	 * @param start when quiet hours begin (local time)
	 * @param end when they end
	 * @param zone the zone of both
	 */
	public record Quiet(LocalTime start, LocalTime end, ZoneId zone) {

		public Quiet {
			start = (start != null) ? start : LocalTime.of(22, 0);
			end = (end != null) ? end : LocalTime.of(8, 0);
			zone = (zone != null) ? zone : ZoneId.of("Asia/Shanghai");
		}

	}

}
