package org.sunshine.complaint.warning;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.RawComplaintFixture;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/**
 * The staff side of warnings through the real security chain (mock JWTs with roles and the department
 * claim), on the module's one cached context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class WarningControllerIT {

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	@Autowired
	private WarningScan scan;

	@Autowired
	private ReactiveMongoTemplate mongo;

	private WebTestClient web;

	private String complaint;

	@BeforeEach
	void raiseARedWarning(ApplicationContext context) {
		this.web = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		RawComplaintFixture fixture = RawComplaintFixture.assigned("ZSK", "handler", WarningScanIT.RECEIVED,
				WarningScanIT.DUE);
		StepVerifier.create(this.mongo.insert(fixture.document(), RawComplaintFixture.COLLECTION))
			.expectNextCount(1)
			.verifyComplete();
		this.complaint = fixture.trackingNumber();
		StepVerifier.create(this.scan.scan(WarningScanIT.RED_TIME)).expectNextCount(1).verifyComplete();
	}

	@AfterEach
	void removeWhatThisTestWrote() {
		WarningScanIT.removeRawComplaints(this.mongo);
	}

	@Test
	void shouldListTheWarningWithItsRecipientsWhenTheSupervisorAsks() {
		as("supervisor", "SUPERVISOR", "JJZ").get()
			.uri("/api/complaints/warnings?level=RED&acknowledged=false&size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.trackingNumber == '%s')].level".formatted(this.complaint))
			.isEqualTo("RED")
			.jsonPath("$.items[?(@.trackingNumber == '%s')].raisedAt".formatted(this.complaint))
			.isEqualTo("2024-02-23T10:00:00+08:00")
			.jsonPath("$.items[?(@.trackingNumber == '%s')].dueAt".formatted(this.complaint))
			.isEqualTo("2024-02-22T23:59:59+08:00")
			.jsonPath("$.items[?(@.trackingNumber == '%s')].recipients.length()".formatted(this.complaint))
			.isEqualTo(3)
			.jsonPath("$.items[?(@.trackingNumber == '%s')].smsPending".formatted(this.complaint))
			.isEqualTo(3);
	}

	@Test
	void shouldScopeTheListToTheViewersDepartmentWhenUnitStaffAsk() {
		as("unit-head", "UNIT_HEAD", "ZSK").get()
			.uri("/api/complaints/warnings?size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.trackingNumber == '%s')]".formatted(this.complaint))
			.isNotEmpty();
		as("handler-fzk", "HANDLER", "FZK").get()
			.uri("/api/complaints/warnings?size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.trackingNumber == '%s')]".formatted(this.complaint))
			.isEmpty();
	}

	@Test
	void shouldRecordTheAcknowledgementOnceWhenAcknowledgedTwice() {
		String id = warningId();

		as("unit-head", "UNIT_HEAD", "ZSK").post()
			.uri("/api/complaints/warnings/{id}/ack", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"note\":\"已督促承办人今日答复\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.acknowledged")
			.isEqualTo(true)
			.jsonPath("$.acknowledgedBy")
			.isEqualTo("unit-head")
			.jsonPath("$.note")
			.isEqualTo("已督促承办人今日答复");
		as("supervisor", "SUPERVISOR", "JJZ").post()
			.uri("/api/complaints/warnings/{id}/ack", id)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.acknowledgedBy")
			.isEqualTo("unit-head")
			.jsonPath("$.detail")
			.isEqualTo("This warning was already acknowledged by unit-head.");
	}

	@Test
	void shouldAnswerNotFoundWhenTheWarningIsOutsideTheViewersDepartmentOrUnknown() {
		String id = warningId();

		as("handler-fzk", "HANDLER", "FZK").post()
			.uri("/api/complaints/warnings/{id}/ack", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("未找到您可查看的该条预警。");
		as("supervisor", "SUPERVISOR", "JJZ").post()
			.uri("/api/complaints/warnings/{id}/ack", "000000000000000000000000")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void shouldRefuseWhenNotComplaintStaffOrNotSignedIn() {
		as("editor", "EDITOR", "BGS").get().uri("/api/complaints/warnings").exchange().expectStatus().isForbidden();
		this.web.get().uri("/api/complaints/warnings").exchange().expectStatus().isUnauthorized();
		this.web.get()
			.uri("/api/complaints/warnings/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void shouldRejectANoteLongerThan500CharactersWhenAcknowledging() {
		as("supervisor", "SUPERVISOR", "JJZ").post()
			.uri("/api/complaints/warnings/{id}/ack", warningId())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"note\":\"" + "长".repeat(501) + "\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(PROBLEM_JSON);
	}

	@Test
	void shouldStreamNewWarningsAsServerSentEventsWhenTheyAreRaised() {
		// Resume just before this complaint's RED 1 (as a console reconnecting with Last-Event-ID would).
		AtomicLong before = new AtomicLong();
		StepVerifier
			.create(this.mongo.findOne(Query.query(Criteria.where("trackingNumber").is(this.complaint)), Document.class,
					WarningRepository.COLLECTION))
			.consumeNextWith((warning) -> before.set(warning.get(WarningRepository.SEQUENCE, Number.class).longValue() - 1))
			.verifyComplete();

		FluxExchangeResult<ServerSentEvent<String>> result = as("supervisor", "SUPERVISOR", "JJZ").get()
			.uri("/api/complaints/warnings/stream")
			.header("Last-Event-ID", Long.toString(before.get()))
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.returnResult(new ParameterizedTypeReference<>() {
			});
		Flux<ServerSentEvent<String>> events = result.getResponseBody()
			.filter((event) -> "warning".equals(event.event()) && event.data().contains(this.complaint));

		// The stream is open; the next working day overdue raises RED 2 while it listens.
		StepVerifier.create(events)
			.assertNext((event) -> assertThat(event.data()).contains(this.complaint, "\"occurrence\":1"))
			.then(() -> StepVerifier.create(this.scan.scan(WarningScanIT.SECOND_RED_TIME))
				.expectNextCount(1)
				.verifyComplete())
			.assertNext((event) -> {
				assertThat(event.data()).contains(this.complaint, "\"level\":\"RED\"", "\"occurrence\":2");
				assertThat(Long.parseLong(event.id())).isGreaterThan(before.get());
			})
			.thenCancel()
			.verify(Duration.ofSeconds(30));
	}

	private String warningId() {
		AtomicReference<String> id = new AtomicReference<>();
		StepVerifier
			.create(this.mongo.findOne(Query.query(Criteria.where("trackingNumber").is(this.complaint)), Document.class,
					WarningRepository.COLLECTION))
			.consumeNextWith((warning) -> id.set(warning.getObjectId("_id").toHexString()))
			.verifyComplete();
		return id.get();
	}

	private WebTestClient as(String username, String role, String department) {
		return this.web.mutateWith(mockJwt().jwt((jwt) -> jwt.subject(username).claim("department", department))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role)));
	}

}
