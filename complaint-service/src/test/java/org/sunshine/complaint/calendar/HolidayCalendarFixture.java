package org.sunshine.complaint.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The calendars shipped in {@code src/main/resources/calendar}, read the way the service reads them. */
public final class HolidayCalendarFixture {

	/** The years shipped with the service. */
	public static final List<Integer> OFFICIAL_YEARS = List.of(2024, 2025, 2026);

	private HolidayCalendarFixture() {
	}

	/** The official arrangements of 2024 to 2026; other years are weekends only. */
	public static HolidayCalendar official() {
		return HolidayCalendar.of(OFFICIAL_YEARS.stream().map(HolidayCalendarFixture::shipped).toList());
	}

	public static YearCalendar shipped(int year) {
		String name = "calendar/cn-" + year + ".yml";
		try (InputStream in = HolidayCalendarFixture.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is not on the classpath");
			}
			return CalendarFileParser.parse(name, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
