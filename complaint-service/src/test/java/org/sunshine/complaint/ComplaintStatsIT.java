package org.sunshine.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.ComplaintClientFixture.Filed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The public statistics over complaints walked through the workflow, on the one cached context. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class ComplaintStatsIT {

	@Autowired
	private ReactiveMongoTemplate mongo;

	private ComplaintClientFixture steps;

	private WebTestClient web;

	@BeforeEach
	void bindClient(ApplicationContext context) {
		this.web = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.steps = new ComplaintClientFixture(this.web, this.mongo);
	}

	@Test
	void shouldCountPerDepartmentWithoutPersonalDataWhenComplaintsWereHandled() {
		String department = "ST-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		Filed satisfied = handledAndRated(department, "SATISFIED");
		handledAndRated(department, "BASICALLY_SATISFIED");
		Filed open = this.steps.file(ComplaintClientFixture.realName(department));

		String body = new String(this.web.get()
			.uri("/api/stats/complaints?department={d}", department)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.overall.received").isEqualTo(3)
			.jsonPath("$.overall.closed").isEqualTo(2)
			.jsonPath("$.overall.closedOnTime").isEqualTo(2)
			.jsonPath("$.overall.closedOnTimeRate").isEqualTo(100.0)
			.jsonPath("$.overall.satisfactionRate").isEqualTo(100.0)
			.jsonPath("$.overall.belowSatisfactionFloor").isEqualTo(false)
			// Both replies on the day of receipt: zero working days, from the per-day tallies' histograms.
			.jsonPath("$.overall.replied").isEqualTo(2)
			.jsonPath("$.overall.averageReplyWorkingDays").isEqualTo(0.0)
			.jsonPath("$.overall.p90ReplyWorkingDays").isEqualTo(0)
			.jsonPath("$.asOf").exists()
			.jsonPath("$.byDepartment[0].department").isEqualTo(department)
			.jsonPath("$.byMonth[0].figures.received").isEqualTo(3)
			.returnResult()
			.getResponseBodyContent(), StandardCharsets.UTF_8);

		assertThat(body).doesNotContain(ComplaintClientFixture.NAME, ComplaintClientFixture.PHONE, satisfied.number(),
				open.number());
	}

	@Test
	void shouldAnswerALocalizedProblemWhenThePeriodEndsBeforeItStarts() {
		this.web.get()
			.uri("/api/stats/complaints?from=2024-03-01&to=2024-02-01")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").isEqualTo("The period is empty: to (2024-02-01) is before from (2024-03-01).");
	}

	private Filed handledAndRated(String department, String grade) {
		Filed filed = this.steps.file(ComplaintClientFixture.realName(department));
		this.steps.accept(filed.number());
		this.steps.assign(filed.number(), department, "handler").expectStatus().isOk();
		this.steps.as(ComplaintClientFixture.staff("handler", "HANDLER", department))
			.post()
			.uri("/api/complaints/{n}/reply", filed.number())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "已答复"))
			.exchange()
			.expectStatus().isOk();
		this.steps.publicStep(filed, "rating", Map.of("grade", grade)).expectStatus().isOk();
		return filed;
	}

}
