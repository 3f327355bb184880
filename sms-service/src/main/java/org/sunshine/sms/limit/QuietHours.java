package org.sunshine.sms.limit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Quiet hours (default 22:00–08:00 Asia/Shanghai): a message that is not urgent and falls inside them
 * is held until they end. Urgent messages (RED warnings) are never held.
 */
public final class QuietHours {

	private final LocalTime start;

	private final LocalTime end;

	private final ZoneId zone;

	public QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
		if (start.equals(end)) {
			throw new IllegalArgumentException("Quiet hours must not start and end at the same time");
		}
		this.start = start;
		this.end = end;
		this.zone = zone;
	}

	public QuietHours(LimitProperties.Quiet quiet) {
		this(quiet.start(), quiet.end(), quiet.zone());
	}

	/** The earliest instant the message may go: {@code now} unless held by quiet hours. */
	public Instant releaseAt(Instant now, boolean urgent) {
		if (urgent) {
			return now;
		}
		ZonedDateTime local = now.atZone(this.zone);
		LocalTime time = local.toLocalTime();
		if (!isQuiet(time)) {
			return now;
		}
		LocalDate day = time.isBefore(this.end) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
		return ZonedDateTime.of(day, this.end, this.zone).toInstant();
	}

	private boolean isQuiet(LocalTime time) {
		if (this.start.isAfter(this.end)) {
			return !time.isBefore(this.start) || time.isBefore(this.end);
		}
		return !time.isBefore(this.start) && time.isBefore(this.end);
	}

}
