package org.sunshine.complaint.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sunshine.complaint.deadline.WorkingDayCalendar;

/**
 * The working-day calendar of mainland China: weekends and public holidays are off, adjusted working
 * weekends (调休) are on. Years without an official arrangement fall back to weekends only.
 *
 * <p>Immutable; {@link #with(YearCalendar)} returns a new calendar.
 */
public final class HolidayCalendar implements WorkingDayCalendar {

	/** The reason given for a plain Saturday or Sunday. */
	public static final String WEEKEND = "周末";

	private final Map<Integer, YearCalendar> years;

	private final Map<LocalDate, String> daysOff = new HashMap<>();

	private final Map<LocalDate, String> adjustedWorkingDays = new HashMap<>();

	private HolidayCalendar(Map<Integer, YearCalendar> years) {
		this.years = Collections.unmodifiableMap(years);
		for (YearCalendar year : years.values()) {
			year.daysOff().forEach((day) -> this.daysOff.put(day.date(), day.reason()));
			year.adjustedWorkingDays().forEach((day) -> this.adjustedWorkingDays.put(day.date(), day.reason()));
		}
	}

	/** A calendar of these years; two arrangements of the same year are refused. */
	public static HolidayCalendar of(Collection<YearCalendar> years) {
		Map<Integer, YearCalendar> byYear = new TreeMap<>();
		for (YearCalendar year : years) {
			if (byYear.putIfAbsent(year.year(), year) != null) {
				throw new IllegalArgumentException("Two arrangements for " + year.year());
			}
		}
		return new HolidayCalendar(byYear);
	}

	/** A calendar without official arrangements: only weekends are off. */
	public static HolidayCalendar weekendsOnly() {
		return new HolidayCalendar(Map.of());
	}

	/** This calendar with the arrangement of {@code year.year()} added or replaced. */
	public HolidayCalendar with(YearCalendar year) {
		Map<Integer, YearCalendar> byYear = new TreeMap<>(this.years);
		byYear.put(year.year(), year);
		return new HolidayCalendar(byYear);
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return reasonOff(date).isEmpty();
	}

	@Override
	public Optional<String> reasonOff(LocalDate date) {
		String holiday = this.daysOff.get(date);
		if (holiday != null) {
			return Optional.of(holiday);
		}
		if (isWeekend(date) && !this.adjustedWorkingDays.containsKey(date)) {
			return Optional.of(WEEKEND);
		}
		return Optional.empty();
	}

	/** Why a weekend day is worked ("春节调休"); empty for any other day. */
	public Optional<String> reasonWorking(LocalDate date) {
		return Optional.ofNullable(this.adjustedWorkingDays.get(date));
	}

	@Override
	public boolean hasYear(int year) {
		return this.years.containsKey(year);
	}

	/** The official arrangement of a year, if known. */
	public Optional<YearCalendar> year(int year) {
		return Optional.ofNullable(this.years.get(year));
	}

	/** The years with an official arrangement, ascending. */
	public SortedSet<Integer> years() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(this.years.keySet()));
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
