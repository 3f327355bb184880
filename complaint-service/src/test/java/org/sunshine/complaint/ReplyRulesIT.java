package org.sunshine.complaint;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.ComplaintClientFixture.Filed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time limits as data: an ADMIN saves a new version, new complaints get it, and the defaults are put back
 * afterwards (as a newer version) so other tests on the shared context see the usual limits.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class ReplyRulesIT {

	@Autowired
	private ReactiveMongoTemplate mongo;

	private ComplaintClientFixture client;

	@BeforeEach
	void bindClient(ApplicationContext context) {
		WebTestClient web = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.client = new ComplaintClientFixture(web, this.mongo);
	}

	@AfterEach
	void restoreDefaults() {
		save(rules(5, "WORKING")).expectStatus().isOk();
	}

	@Test
	void shouldGiveNewComplaintsTheNewLimitWhenAnAdminSavesAVersion() {
		int before = this.client.as(admin())
			.get()
			.uri("/api/complaint-rules")
			.exchange()
			.expectStatus().isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("version") instanceof Integer version ? version : -1;

		save(rules(7, "CALENDAR")).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.version").isEqualTo(before + 1)
			.jsonPath("$.changedBy").isEqualTo("admin")
			.jsonPath("$.reply.SUGGESTION.days").isEqualTo(7);

		Map<String, Object> suggestion = ComplaintClientFixture.anonymous();
		suggestion.put("type", "SUGGESTION");
		Filed filed = this.client.file(suggestion);
		this.client.storedComplaint(filed.number(), (stored) -> {
			assertThat(stored.get("replyRule", org.bson.Document.class).getInteger("days")).isEqualTo(7);
			assertThat(stored.get("replyRule", org.bson.Document.class).getString("unit")).isEqualTo("CALENDAR");
		});
	}

	@Test
	void shouldReportTheFieldWhenALimitIsNegative() {
		save(rules(-1, "WORKING")).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field").value((List<String> fields) -> assertThat(fields)
				.containsExactly("reply[SUGGESTION].days"));
	}

	@Test
	void shouldForbidTheEditWhenNotAdmin() {
		this.client.as(ComplaintClientFixture.supervisor())
			.put()
			.uri("/api/complaint-rules")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(rules(3, "WORKING"))
			.exchange()
			.expectStatus().isForbidden();
	}

	private WebTestClient.ResponseSpec save(Map<String, Object> body) {
		return this.client.as(admin())
			.put()
			.uri("/api/complaint-rules")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** The shipped defaults, with the suggestion limit set to the given one. */
	private static Map<String, Object> rules(int suggestionDays, String suggestionUnit) {
		Map<String, Object> reply = new LinkedHashMap<>();
		reply.put("CONDUCT", Map.of("days", 5, "unit", "WORKING"));
		reply.put("INTEGRITY_REPORT", Map.of("days", 5, "unit", "WORKING"));
		reply.put("SUGGESTION", Map.of("days", suggestionDays, "unit", suggestionUnit));
		reply.put("SERVICE", Map.of("days", 10, "unit", "WORKING"));
		reply.put("RIGHTS", Map.of("days", 10, "unit", "WORKING"));
		return Map.of("reply", reply, "acceptance", Map.of("days", 1, "unit", "WORKING"), "note", "test");
	}

	private static SecurityMockServerConfigurers.JwtMutator admin() {
		return ComplaintClientFixture.staff("admin", "ADMIN", "BGS");
	}

}
