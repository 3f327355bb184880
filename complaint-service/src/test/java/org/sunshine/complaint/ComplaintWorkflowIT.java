package org.sunshine.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.privacy.PersonalDataCipher;
import org.sunshine.defaults.audit.AuditTrail;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.sunshine.complaint.ComplaintClientFixture.Filed;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.complaint.ComplaintClientFixture.clerk;
import static org.sunshine.complaint.ComplaintClientFixture.handler;
import static org.sunshine.complaint.ComplaintClientFixture.staff;
import static org.sunshine.complaint.ComplaintClientFixture.supervisor;

/**
 * The staff workflow and the complainant's own steps over the real filter chain, on the one cached
 * context of {@link ComplaintServiceIT} (same annotations): signed-in staff are mock JWTs with roles
 * and a {@code department} claim, as the gateway issues them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class ComplaintWorkflowIT {

	static final String NAME = ComplaintClientFixture.NAME;

	static final String PHONE = ComplaintClientFixture.PHONE;

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private PersonalDataCipher cipher;

	@Autowired
	private Clock clock;

	@Autowired
	private AuditTrail audit;

	private WebTestClient web;

	private ComplaintClientFixture client;

	@BeforeEach
	void bindClient(ApplicationContext context) {
		this.web = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.client = new ComplaintClientFixture(this.web, this.mongo);
	}

	@Test
	void shouldWalkFromFilingToClosingWhenEveryStepIsTakenByTheRightPerson() {
		Filed filed = file(realName("DYFJ"));
		storedComplaint(filed.number(), (stored) -> {
			assertThat(stored.get("acceptDueAt")).isNotNull();
			List<Document> outbox = stored.getList("outbox", Document.class);
			assertThat(outbox).singleElement().satisfies((sms) -> {
				assertThat(sms.getString("template")).isEqualTo("COMPLAINT_RECEIVED");
				assertThat(sms.getString("recipient")).doesNotContain(PHONE);
				assertThat(this.cipher.open(sms.getString("recipient"))).isEqualTo(PHONE);
				assertThat(sms.get("params", Document.class).getString("trackingNumber")).isEqualTo(filed.number());
				assertThat(sms.getString("priority")).isEqualTo("NORMAL");
			});
		});

		assertThat(queue(clerk(), "status=RECEIVED&size=100")).contains(filed.number());
		assertThat(queue(handler(), "size=100")).doesNotContain(filed.number());

		as(clerk()).post()
			.uri("/api/complaints/{n}/accept", filed.number())
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.status").isEqualTo("ACCEPTED")
			.jsonPath("$.complainant.identity").isEqualTo("REAL_NAME")
			.jsonPath("$.complainant.phone").isEqualTo("139****4321")
			.jsonPath("$.timeline[1].actor").isEqualTo("clerk");
		assign(filed.number(), "ZSK", "handler").expectStatus().isOk();
		assertThat(queue(handler(), "size=100")).contains(filed.number());

		as(handler()).post()
			.uri("/api/complaints/{n}/reply", filed.number())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "经核实，已对窗口人员批评教育并整改。"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("REPLIED")
			.jsonPath("$.replies[0].onTime").isEqualTo(true);
		storedComplaint(filed.number(), (stored) -> assertThat(stored.getList("outbox", Document.class))
			.extracting((sms) -> sms.getString("template"))
			.containsExactly("COMPLAINT_RECEIVED", "COMPLAINT_REPLIED"));

		this.web.get()
			.uri("/api/complaints/{n}", filed.number())
			.header("X-Access-Code", filed.accessCode())
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.replies[0].text").isEqualTo("经核实，已对窗口人员批评教育并整改。")
			.jsonPath("$.canRate").isEqualTo(true)
			// Once replied, the complainant rates; adding to it or withdrawing it has passed.
			.jsonPath("$.canSupplement").isEqualTo(false)
			.jsonPath("$.canWithdraw").isEqualTo(false)
			// The complainant learns which department handles it, never who.
			.jsonPath("$.timeline[?(@.action == 'ASSIGNED')].note").isEqualTo(List.of("ZSK"))
			.jsonPath("$.timeline[*].actor").doesNotExist();
		publicStep(filed, "rating", Map.of("grade", "SATISFIED", "comment", "处理及时")).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("CLOSED");
		publicStep(filed, "rating", Map.of("grade", "SATISFIED")).expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").isEqualTo("处于 CLOSED 状态的投诉不能执行“rate”操作。");
	}

	@Test
	void shouldLetOnlyOneClerkAcceptWhenTwoTryAtOnce() {
		Filed filed = file(anonymous());

		Flux.range(0, 4)
			.parallel(4)
			.runOn(Schedulers.boundedElastic())
			.map((attempt) -> as(clerk()).post()
				.uri("/api/complaints/{n}/accept", filed.number())
				.exchange()
				.returnResult(Void.class)
				.getStatus()
				.value())
			.sequential()
			.collectList()
			.as(StepVerifier::create)
			.assertNext((statuses) -> assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409))
			.expectComplete()
			.verify(Duration.ofSeconds(60));
		storedComplaint(filed.number(), (stored) -> {
			assertThat(stored.getString("status")).isEqualTo("ACCEPTED");
			assertThat(stored.getList("timeline", Document.class))
				.filteredOn((step) -> "ACCEPTED".equals(step.getString("action")))
				.hasSize(1);
		});
	}

	@Test
	void shouldAnswerPreconditionFailedWhenIfMatchNamesAnOldVersion() {
		Filed filed = file(anonymous());

		as(clerk()).post()
			.uri("/api/complaints/{n}/accept", filed.number())
			.header(HttpHeaders.IF_MATCH, "\"7\"")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(412)
			.jsonPath("$.detail").isEqualTo("The complaint was changed meanwhile (it is now at version 0); reload it and try again.");
		as(clerk()).post()
			.uri("/api/complaints/{n}/accept", filed.number())
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
	}

	@Test
	void shouldApplyTheStepOnceWhenTheSameIdempotencyKeyIsRetried() {
		Filed filed = file(anonymous());
		String key = UUID.randomUUID().toString();
		accept(filed.number());

		for (int attempt = 0; attempt < 2; attempt++) {
			as(clerk()).post()
				.uri("/api/complaints/{n}/assign", filed.number())
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("department", "ZSK", "handler", "handler"))
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.version").isEqualTo(2);
		}
		as(clerk()).post()
			.uri("/api/complaints/{n}/assign", filed.number())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("department", "KJK", "handler", "someone"))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void shouldHideAComplaintOfAnotherDepartmentLikeAnUnknownOne() {
		Filed filed = file(anonymous());

		as(handler()).get()
			.uri("/api/complaints/{n}/details", filed.number())
			.exchange()
			.expectStatus().isNotFound();
		as(supervisor()).get()
			.uri("/api/complaints/{n}/details", filed.number())
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.complainant.identity").isEqualTo("ANONYMOUS");
		as(staff("admin", "ADMIN", "BGS")).get()
			.uri("/api/complaints?size=5")
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldShowAnonymousToYouAndRefuseToUnsealWhenTheViewerIsOfTheDepartmentComplainedAbout() {
		Filed filed = file(realName("ZSK"));
		accept(filed.number());
		assign(filed.number(), "ZSK", "handler").expectStatus().isOk();

		String body = new String(as(handler()).get()
			.uri("/api/complaints/{n}/details", filed.number())
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.complainant.identity").isEqualTo("ANONYMOUS_TO_YOU")
			.jsonPath("$.complainant.canUnseal").isEqualTo(false)
			.returnResult()
			.getResponseBodyContent(), StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(NAME, PHONE, "139****");
		unseal(handler(), filed.number()).expectStatus().isForbidden();

		unseal(supervisor(), filed.number()).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo(NAME)
			.jsonPath("$.phone").isEqualTo(PHONE);
		storedComplaint(filed.number(), (stored) -> assertThat(stored.getList("identityAccess", Document.class))
			.singleElement()
			.satisfies((access) -> {
				assertThat(access.getString("actor")).isEqualTo("supervisor");
				assertThat(access.getString("reason")).isEqualTo("核查举报线索");
			}));
		StepVerifier.create(this.audit.entries(0, 100_000)
			.filter((entry) -> "complaint.identity.read".equals(entry.action())
					&& filed.number().equals(entry.target())))
			.assertNext((entry) -> {
				assertThat(entry.actor()).isEqualTo("supervisor");
				assertThat(entry.detail()).containsEntry("reason", "核查举报线索");
			})
			.verifyComplete();
		StepVerifier.create(this.audit.verify())
			.assertNext((verification) -> assertThat(verification.intact()).as(verification.problem()).isTrue())
			.verifyComplete();
	}

	@Test
	void shouldStopTheClockAndRefuseTheReplyWhenSuspendedThenRunItAgainOnASupplement() {
		Filed filed = file(realName("DYFJ"));
		accept(filed.number());
		assign(filed.number(), "ZSK", "handler").expectStatus().isOk();

		as(handler()).post()
			.uri("/api/complaints/{n}/suspend", filed.number())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", "请补充办理业务的日期和窗口号"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.suspendedAt").isNotEmpty();
		as(handler()).post()
			.uri("/api/complaints/{n}/reply", filed.number())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "答复"))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.code").isEqualTo("suspended");

		publicStep(filed, "supplements", Map.of("text", "2月9日上午，3号窗口")).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.suspended").isEqualTo(false)
			.jsonPath("$.timeline[?(@.action == 'RESUMED')]").exists()
			.jsonPath("$.supplements[0].text").isEqualTo("2月9日上午，3号窗口")
			.jsonPath("$.supplements[0].at").isNotEmpty()
			.jsonPath("$.canSupplement").isEqualTo(true);
		as(handler()).get()
			.uri("/api/complaints/{n}/details", filed.number())
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.suspensions[0].until").isNotEmpty()
			.jsonPath("$.supplements[0].text").isEqualTo("2月9日上午，3号窗口");
	}

	@Test
	void shouldWithdrawWhenTheComplainantAsksWithTheAccessCode() {
		Filed filed = file(anonymous());

		publicStep(filed, "withdraw", null).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("WITHDRAWN")
			.jsonPath("$.canWithdraw").isEqualTo(false)
			.jsonPath("$.canSupplement").isEqualTo(false);
		as(clerk()).post()
			.uri("/api/complaints/{n}/accept", filed.number())
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void shouldLockTheNumberWhenTooManyWrongAccessCodesAreTried() {
		Filed filed = file(anonymous());
		String wrong = "A".repeat(27);

		for (int attempt = 0; attempt < 5; attempt++) {
			this.web.get()
				.uri("/api/complaints/{n}", filed.number())
				.header("X-Access-Code", wrong)
				.exchange()
				.expectStatus().isNotFound();
		}

		// Locked: even the right code opens nothing for a while, and says so no differently.
		this.web.get()
			.uri("/api/complaints/{n}", filed.number())
			.header("X-Access-Code", filed.accessCode())
			.exchange()
			.expectStatus().isNotFound();
		publicStep(filed, "withdraw", null).expectStatus().isNotFound();
	}

	@Test
	void shouldRecordAHotlineComplaintWithItsRealTimeOfReceipt() {
		OffsetDateTime receivedAt = OffsetDateTime.parse("2024-02-09T10:00:00+08:00");
		OffsetDateTime threeDaysAgo = OffsetDateTime.now(this.clock.withZone(SHANGHAI)).minusDays(3).withNano(0);
		Map<String, Object> request = realName("DYFJ");
		request.put("channel", "HOTLINE");
		request.put("receivedAt", threeDaysAgo.toString());

		JsonNode filed = as(clerk()).post()
			.uri("/api/complaints/recorded")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		storedComplaint(filed.get("trackingNumber").asString(), (stored) -> {
			assertThat(stored.getString("channel")).isEqualTo("HOTLINE");
			assertThat(stored.getDate("receivedAt").toInstant()).isEqualTo(threeDaysAgo.toInstant());
			assertThat(stored.getList("timeline", Document.class).get(0).getString("actor")).isEqualTo("clerk");
		});

		request.put("receivedAt", receivedAt.toString());
		request.put("channel", "ONLINE");
		as(clerk()).post()
			.uri("/api/complaints/recorded")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field").value((List<String> fields) ->
					assertThat(fields).containsExactlyInAnyOrder("channel", "receivedAt"));
		request.put("receivedAt", threeDaysAgo.toString());
		request.put("channel", "LETTER");
		as(handler()).post()
			.uri("/api/complaints/recorded")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus().isForbidden();
	}

	// ---- the fixture's steps, named short ----

	private Filed file(Map<String, Object> request) {
		return this.client.file(request);
	}

	private void accept(String number) {
		this.client.accept(number);
	}

	private WebTestClient.ResponseSpec assign(String number, String department, String handler) {
		return this.client.assign(number, department, handler);
	}

	private WebTestClient.ResponseSpec unseal(JwtMutator who, String number) {
		return this.client.unseal(who, number);
	}

	private WebTestClient.ResponseSpec publicStep(Filed filed, String step, Object body) {
		return this.client.publicStep(filed, step, body);
	}

	private String queue(JwtMutator who, String query) {
		return this.client.queue(who, query);
	}

	private WebTestClient as(JwtMutator who) {
		return this.client.as(who);
	}

	private void storedComplaint(String trackingNumber, Consumer<Document> assertions) {
		this.client.storedComplaint(trackingNumber, assertions);
	}

	private static Map<String, Object> anonymous() {
		return ComplaintClientFixture.anonymous();
	}

	private static Map<String, Object> realName(String department) {
		return ComplaintClientFixture.realName(department);
	}

}
