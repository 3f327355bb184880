package org.sunshine.complaint.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sunshine.defaults.problem.ProblemDetailsAutoConfiguration;
import org.sunshine.defaults.security.ResourceServerDefaultsAutoConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

/**
 * The public calendar endpoints over the real shipped calendars, behind the service-defaults security
 * and problem rendering (anonymous access, as the public has no token).
 */
@WebFluxTest(CalendarController.class)
@Import(CalendarConfiguration.class)
@ImportAutoConfiguration({ ProblemDetailsAutoConfiguration.class, ResourceServerDefaultsAutoConfiguration.class })
@TestPropertySource(properties = "sunshine.security.public-paths=GET /api/calendar/**")
class CalendarControllerTest {

	@Autowired
	private WebTestClient client;

	/** No token is ever decoded here; the resource-server chain only needs a decoder to exist. */
	@MockitoBean
	private ReactiveJwtDecoder jwtDecoder;

	@Test
	void shouldCountTheWorkedSundayWhenAskedForFiveWorkingDaysFromTheFridayBeforeSpringFestival() {
		this.client.get()
			.uri("/api/calendar/due-date?from={from}&workingDays=5", "2024-02-09T10:00:00+08:00")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.due").isEqualTo("2024-02-22T23:59:59+08:00")
			.jsonPath("$.workingDaysCounted.length()").isEqualTo(5)
			.jsonPath("$.workingDaysCounted[0]").isEqualTo("2024-02-18")
			.jsonPath("$.workingDaysCounted[4]").isEqualTo("2024-02-22")
			.jsonPath("$.skipped.length()").isEqualTo(8)
			.jsonPath("$.skipped[0].date").isEqualTo("2024-02-10")
			.jsonPath("$.skipped[0].reason").isEqualTo("春节")
			.jsonPath("$.estimated").isEqualTo(false)
			.jsonPath("$.missingYears.length()").isEqualTo(0);
	}

	@Test
	void shouldAnswerInChineseWhenNoLanguageIsAsked() {
		this.client.get()
			.uri("/api/calendar/due-date?workingDays=5")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.title").isEqualTo("请求有误");
	}

	@Test
	void shouldReadTheOffsetWhenThePlusSignArrivesUnencoded() {
		this.client.get()
			.uri("/api/calendar/due-date?from=2024-02-09T10:00:00+08:00&workingDays=5")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.due").isEqualTo("2024-02-22T23:59:59+08:00");
	}

	@Test
	void shouldIgnoreHolidaysWhenAskedForCalendarDays() {
		this.client.get()
			.uri("/api/calendar/due-date?from={from}&calendarDays=7", "2024-02-09T10:00:00+08:00")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.due").isEqualTo("2024-02-16T23:59:59+08:00")
			.jsonPath("$.skipped.length()").isEqualTo(0)
			.jsonPath("$.estimated").isEqualTo(false);
	}

	@Test
	void shouldSayTheDateIsEstimatedWhenTheCountRunsIntoAYearWithoutArrangement() {
		this.client.get()
			.uri("/api/calendar/due-date?from={from}&workingDays=5", "2026-12-30T10:00:00+08:00")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.due").isEqualTo("2027-01-06T23:59:59+08:00")
			.jsonPath("$.estimated").isEqualTo(true)
			.jsonPath("$.missingYears[0]").isEqualTo(2027);
	}

	@Test
	void shouldListHolidaysAndAdjustedWorkingDaysWhenTheYearIsOfficial() {
		this.client.get()
			.uri("/api/calendar/2024")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.year").isEqualTo(2024)
			.jsonPath("$.official").isEqualTo(true)
			.jsonPath("$.daysOff.length()").isEqualTo(28)
			.jsonPath("$.daysOff[0].date").isEqualTo("2024-01-01")
			.jsonPath("$.daysOff[0].reason").isEqualTo("元旦")
			.jsonPath("$.adjustedWorkingDays.length()").isEqualTo(8)
			.jsonPath("$.adjustedWorkingDays[0].date").isEqualTo("2024-02-04")
			.jsonPath("$.adjustedWorkingDays[0].reason").isEqualTo("春节调休");
	}

	@Test
	void shouldAnswerNotOfficialWithEmptyListsWhenTheYearHasNoArrangement() {
		this.client.get()
			.uri("/api/calendar/2027")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.year").isEqualTo(2027)
			.jsonPath("$.official").isEqualTo(false)
			.jsonPath("$.daysOff.length()").isEqualTo(0)
			.jsonPath("$.adjustedWorkingDays.length()").isEqualTo(0);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			from missing                  | workingDays=5                                              | from
			from without offset           | from=2024-02-09T10:00:00&workingDays=5                     | 2024-02-09T10:00:00
			from not a date               | from=yesterday&workingDays=5                               | yesterday
			negative working days         | from=2024-02-09T10:00:00Z&workingDays=-1                   | -1
			more than a year of days      | from=2024-02-09T10:00:00Z&calendarDays=366                 | 366
			days not a number             | from=2024-02-09T10:00:00Z&workingDays=abc                  | abc
			both limits                   | from=2024-02-09T10:00:00Z&workingDays=5&calendarDays=7     | calendarDays
			no limit                      | from=2024-02-09T10:00:00Z                                  | calendarDays
			""")
	void shouldAnswerAProblemWhenTheQueryIsInvalid(String scenario, String query, String named) {
		this.client.get()
			.uri("/api/calendar/due-date?" + query)
			.header("Accept-Language", "en")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.title").isEqualTo("Bad request")
			.jsonPath("$.instance").isEqualTo("/api/calendar/due-date")
			.jsonPath("$.detail").value(String.class, containsString(named));
	}

}
