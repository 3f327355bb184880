package org.sunshine.complaint.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.sunshine.complaint.deadline.DeadlineCalculator;

/**
 * Loads the official arrangements shipped in {@code calendar/cn-<year>.yml} at startup. A file that does
 * not pass {@link CalendarFileParser}'s checks stops the service: deadlines must not be silently wrong.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	static final String LOCATION = "classpath*:calendar/cn-*.yml";

	/** Working days are days in mainland China, whatever zone a complaint was received in. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

	@Bean
	HolidayCalendar holidayCalendar(ResourceLoader resourceLoader) throws IOException {
		Resource[] files = ResourcePatternUtils.getResourcePatternResolver(resourceLoader).getResources(LOCATION);
		Arrays.sort(files, Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())));
		List<YearCalendar> years = new ArrayList<>();
		Map<Integer, String> loadedFrom = new HashMap<>();
		for (Resource file : files) {
			String name = "calendar/" + file.getFilename();
			YearCalendar year = read(name, file);
			String earlier = loadedFrom.putIfAbsent(year.year(), file.getDescription());
			if (earlier != null) {
				throw new IllegalStateException(
						"Two holiday calendars for " + year.year() + ": " + earlier + " and " + file.getDescription());
			}
			years.add(year);
		}
		HolidayCalendar calendar = HolidayCalendar.of(years);
		log.info("Holiday calendar loaded for {}; other years count weekends only", calendar.years());
		return calendar;
	}

	@Bean
	DeadlineCalculator deadlineCalculator(HolidayCalendar holidayCalendar) {
		return new DeadlineCalculator(holidayCalendar, ZONE);
	}

	private static YearCalendar read(String name, Resource file) {
		try (InputStream in = file.getInputStream()) {
			return CalendarFileParser.parse(name, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read holiday calendar " + file.getDescription(), ex);
		}
	}

}
