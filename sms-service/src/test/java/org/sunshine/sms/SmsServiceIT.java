package org.sunshine.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.sms.smpp.EmbeddedSmsc;
import org.sunshine.sms.smpp.ReceivedMessage;
import org.sunshine.sms.smpp.SmppClient;
import org.sunshine.sms.smpp.SmppHealthIndicator;
import org.sunshine.sms.smpp.SmppProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.jsmpp.util.DeliveryReceiptState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/**
 * The whole service on one cached context: in-memory embedded MongoDB, the embedded SMSC on a real
 * loopback socket and the real jSMPP client bound to it. Requests go through the security filter
 * chain with mock JWTs. Each test uses its own phone numbers, so order does not matter.
 */
@SpringBootTest(properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
		"sunshine.data-dir=target/it-data", "sunshine.sms.sending.initial-backoff=100ms",
		"sunshine.sms.sending.max-backoff=400ms", "sunshine.sms.sending.poll-interval=100ms",
		"sunshine.sms.smpp.transaction-timeout=2s", "sunshine.sms.smpp.reconnect-min-backoff=100ms",
		"sunshine.sms.smpp.reconnect-max-backoff=500ms", "sunshine.sms.embedded.receipt-delay=10ms",
		"sunshine.sms.limits.notification.per-day=1000", "sunshine.sms.fallback.embedded=true",
		"sunshine.sms.smpp.sessions=2" })
class SmsServiceIT {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private WebTestClient web;

	@Autowired
	@Qualifier("embeddedSmsc")
	private EmbeddedSmsc smsc;

	@Autowired
	@Qualifier("fallbackSmsc")
	private EmbeddedSmsc fallbackSmsc;

	@Autowired
	@Qualifier("smppClient")
	private SmppClient client;

	@Autowired
	@Qualifier("fallbackSmppClient")
	private SmppClient fallbackClient;

	@Autowired
	private SmppProperties smppProperties;

	@Autowired
	private TestClock clock;

	/** Bound to the context with Spring Security's test support, so mock JWTs pass the real filter chain. */
	@BeforeEach
	void bindClient(ApplicationContext context) {
		this.web = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(PATIENCE)
			.build();
	}

	@Test
	void shouldBeReadyWhenMongoIsUpAndSmppSessionIsBound() {
		await().atMost(PATIENCE).untilAsserted(() -> this.web.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.smpp.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mongo.status")
			.isEqualTo("UP"));
		this.web.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.smpp")
			.doesNotExist();
	}

	@Test
	void shouldDeliverChineseTextIntactWhenMessageNeedsSeveralSegments() {
		String phone = "13800000001";
		String tracking = "TS2026-000123（局长信箱转办件𠀀）";
		String due = "2026年12月1日（星期二）17时00分，逾期将报送纪检监察室";
		String expected = "【阳光税务】红色预警：投诉" + tracking + "已超过答复期限" + due + "，请立即处理并报告原因。";

		String id = accepted(send("WARNING_RED", Map.of("trackingNumber", tracking, "dueDate", due), phone, "URGENT",
				"warning-red-1"));

		awaitStatus(id, "DELIVERED");
		assertThat(textsTo(phone)).containsExactly(expected);
		List<ReceivedMessage> segments = receivedBy(phone);
		assertThat(segments).hasSize(2).allSatisfy((segment) -> {
			assertThat(segment.dataCoding()).isEqualTo((byte) 8);
			assertThat(segment.concatenated()).isTrue();
			assertThat(segment.priorityFlag()).isEqualTo((byte) 1);
		});
		staff().get()
			.uri("/api/sms/messages/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.phone")
			.isEqualTo("138****0001")
			.jsonPath("$.segments")
			.isEqualTo(2)
			.jsonPath("$.attempts")
			.isEqualTo(1)
			.jsonPath("$.templateVersion")
			.isEqualTo(1);
	}

	@Test
	void shouldSendOnceWhenSameIdempotencyKeyArrivesAgain() {
		String phone = "13800000002";
		Map<String, Object> request = request("COMPLAINT_RECEIVED", received("TS2026-000200"), "+86" + phone, "NORMAL",
				"complaint-200:received");

		String id = (String) service().post()
			.uri("/internal/sms")
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		service().post()
			.uri("/internal/sms")
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id)
			.jsonPath("$.duplicate")
			.isEqualTo(true);
		awaitStatus(id, "DELIVERED");
		service().post().uri("/internal/sms").bodyValue(request).exchange().expectStatus().isOk();

		assertThat(receivedBy(phone)).hasSize(1);
		assertThat(textsTo(phone))
			.containsExactly("【阳光税务】您的投诉TS2026-000200已受理，请于2026年12月1日前留意答复。");
	}

	@Test
	void shouldRefuseWithUnprocessableWhenKeyIsReusedForDifferentContent() {
		String phone = "13800000003";
		String id = accepted(send("COMPLAINT_RECEIVED", received("TS2026-000300"), phone, "NORMAL", "complaint-300"));

		send("COMPLAINT_RECEIVED", received("TS2026-999999"), phone, "NORMAL", "complaint-300").expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.existingMessageId")
			.isEqualTo(id);

		awaitStatus(id, "DELIVERED");
		assertThat(textsTo(phone)).containsExactly("【阳光税务】您的投诉TS2026-000300已受理，请于2026年12月1日前留意答复。");
	}

	@Test
	void shouldRetryOnlyMissingSegmentWhenSmscFailsTransientlyMidMessage() {
		String phone = "13800000004";
		String tracking = "TS2026-000400（网上投诉平台·二十四小时受理）";
		String due = "2026年12月3日（星期四）17时00分，逾期将报送纪检监察室";
		int failuresBefore = this.smsc.injectedFailures();
		this.smsc.failAfter(1, 2);

		String id = accepted(send("WARNING_RED", Map.of("trackingNumber", tracking, "dueDate", due), phone, "URGENT",
				"warning-red-400"));

		awaitStatus(id, "DELIVERED");
		assertThat(this.smsc.injectedFailures() - failuresBefore).isEqualTo(2);
		assertThat(receivedBy(phone)).hasSize(2);
		assertThat(textsTo(phone)).containsExactly(
				"【阳光税务】红色预警：投诉" + tracking + "已超过答复期限" + due + "，请立即处理并报告原因。");
		staff().get().uri("/api/sms/messages/{id}", id).exchange().expectBody().jsonPath("$.attempts").isEqualTo(3);
	}

	@Test
	void shouldRecordReasonWhenSmscRejectsPermanently() {
		String phone = "13800000005";
		this.smsc.failAfter(0, 1, 0x0B);

		String id = accepted(send("COMPLAINT_RECEIVED", received("TS2026-000500"), phone, "URGENT", "complaint-500"));

		awaitStatus(id, "FAILED");
		staff().get()
			.uri("/api/sms/messages/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.attempts")
			.isEqualTo(1)
			.jsonPath("$.failureReason")
			.value((reason) -> assertThat((String) reason).contains("ESME_RINVDSTADR"));
		assertThat(receivedBy(phone)).isEmpty();
	}

	@Test
	void shouldSettleFromReceiptWhenSmscReportsUndeliverableOrExpired() {
		this.smsc.setReceiptState("13800000006", DeliveryReceiptState.UNDELIV);
		this.smsc.setReceiptState("13800000007", DeliveryReceiptState.EXPIRED);

		String undelivered = accepted(
				send("COMPLAINT_RECEIVED", received("TS2026-000600"), "13800000006", "URGENT", "complaint-600"));
		String expired = accepted(
				send("COMPLAINT_RECEIVED", received("TS2026-000700"), "13800000007", "URGENT", "complaint-700"));

		awaitStatus(undelivered, "FAILED");
		awaitStatus(expired, "EXPIRED");
		staff().get()
			.uri("/api/sms/messages/{id}", undelivered)
			.exchange()
			.expectBody()
			.jsonPath("$.failureReason")
			.isEqualTo("receipt stat:UNDELIV err:001");
	}

	@Test
	void shouldReportWrongPasswordWhenBindIsRejected() {
		int rejectedBefore = this.smsc.rejectedBinds();
		SmppClient wrong = new SmppClient("wrong", this.smsc.endpoint().withPassword("wrong"), this.smppProperties,
				this.clock);
		wrong.start();
		try {
			await().atMost(PATIENCE).until(() -> wrong.lastError() != null && wrong.lastError().contains("invalid password"));
			Health health = new SmppHealthIndicator(List.of(wrong)).health();

			assertThat(wrong.isBound()).isFalse();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails().get("wrong")).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("bound", false)
				.containsEntry("error", "bind rejected by the SMSC: ESME_RINVPASWD (0x0000000e): invalid password");
			assertThat(this.smsc.rejectedBinds()).isGreaterThan(rejectedBefore);
			assertThat(this.client.isBound()).isTrue();
		}
		finally {
			wrong.stop();
		}
	}

	@Test
	void shouldLoseNothingAndResendOnlyUnansweredWhenLinkDropsMidBatch() {
		List<String> phones = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		int receivedBefore = this.smsc.received().size();
		int duplicatesBefore = this.smsc.duplicateSegments();
		this.smsc.setLatency(Duration.ofMillis(40));
		try {
			for (int i = 1; i <= 20; i++) {
				String phone = String.format("137000000%02d", i);
				phones.add(phone);
				ids.add(accepted(send("WARNING_YELLOW",
						Map.of("trackingNumber", "TS2026-1" + i, "dueDate", "2026年12月1日"), phone, "URGENT",
						"batch-" + i)));
			}
			await().atMost(PATIENCE).until(() -> this.smsc.received().size() >= receivedBefore + 3);
			this.smsc.dropConnections();
		}
		finally {
			this.smsc.setLatency(Duration.ZERO);
		}

		ids.forEach((id) -> awaitStatus(id, "DELIVERED"));
		int resent = 0;
		for (int i = 0; i < phones.size(); i++) {
			String text = "【阳光税务】黄色预警：投诉TS2026-1" + (i + 1) + "于2026年12月1日到期，请立即办理。";
			List<String> texts = textsTo(phones.get(i));
			assertThat(texts).as(phones.get(i)).isNotEmpty().containsOnly(text);
			if (texts.size() > 1) {
				// The one duplicate SMPP cannot rule out: the SMSC took the message, its submit_sm_resp
				// died with the link, and the service resent rather than risk losing the message. So a
				// second copy only ever follows a failed attempt ("no submit_sm_resp", possibly overwritten
				// by a later failure while the link was still down).
				assertThat(texts).as(phones.get(i)).hasSize(2);
				assertThat(lastError(ids.get(i))).as(phones.get(i)).isNotNull();
				resent++;
			}
		}
		assertThat(this.smsc.duplicateSegments()).isEqualTo(duplicatesBefore + resent);
		await().atMost(PATIENCE).until(this.client::isBound);
	}

	@Test
	void shouldSendThroughFallbackWhenPrimaryLinkIsDown() {
		String phone = "13400000001";
		await().atMost(PATIENCE).until(() -> this.client.isBound() && this.fallbackClient.isBound());
		this.smsc.setRefusingBinds(true);
		try {
			this.smsc.dropConnections();
			await().atMost(PATIENCE).until(() -> !this.client.isBound());
			await().atMost(PATIENCE).untilAsserted(() -> this.web.get()
				.uri("/actuator/health/readiness")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.components.smpp.status")
				.isEqualTo("UP"));

			String id = accepted(send("WARNING_RED", Map.of("trackingNumber", "TS2026-001200", "dueDate", "今日"), phone,
					"URGENT", "warning-1200"));

			awaitStatus(id, "DELIVERED");
			assertThat(this.smsc.received()).noneMatch((message) -> message.destination().equals(phone));
			assertThat(this.fallbackSmsc.textsTo(phone))
				.containsExactly("【阳光税务】红色预警：投诉TS2026-001200已超过答复期限今日，请立即处理并报告原因。");
		}
		finally {
			this.smsc.setRefusingBinds(false);
		}
		await().atMost(PATIENCE).until(this.client::isBound);
	}

	@Test
	void shouldHoldNormalUntilMorningButSendUrgentAtOnceWhenInQuietHours() {
		ZonedDateTime night = nextLocal(LocalTime.of(23, 0));
		this.clock.advanceTo(night.toInstant());
		ZonedDateTime morning = night.toLocalDate().plusDays(1).atTime(8, 0).atZone(SHANGHAI);

		String normal = accepted(
				send("COMPLAINT_RECEIVED", received("TS2026-000800"), "13600000001", "NORMAL", "complaint-800"));
		String urgent = accepted(send("WARNING_RED", Map.of("trackingNumber", "TS2026-000801", "dueDate", "今日"),
				"13600000002", "URGENT", "warning-801"));

		awaitStatus(urgent, "DELIVERED");
		staff().get()
			.uri("/api/sms/messages/{id}", normal)
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("QUEUED")
			.jsonPath("$.notBefore")
			.isEqualTo(morning.toInstant().toString());
		assertThat(textsTo("13600000001")).isEmpty();

		this.clock.advanceTo(morning.toInstant().plusSeconds(1));
		awaitStatus(normal, "DELIVERED");
		assertThat(textsTo("13600000001")).hasSize(1);
	}

	@Test
	void shouldRefuseSecondCodeWhenOnePerMinuteIsReached() {
		String phone = "13600000003";
		String first = accepted(send("ONE_TIME_CODE", Map.of("code", "246810", "minutes", "5"), phone, "URGENT", "otp-1"));

		send("ONE_TIME_CODE", Map.of("code", "135790", "minutes", "5"), phone, "URGENT", "otp-2").expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectBody()
			.jsonPath("$.limit")
			.isEqualTo("per-minute");

		this.clock.advanceTo(this.clock.instant().plusSeconds(61));
		String third = accepted(send("ONE_TIME_CODE", Map.of("code", "112233", "minutes", "5"), phone, "URGENT", "otp-3"));
		awaitStatus(first, "DELIVERED");
		awaitStatus(third, "DELIVERED");
		assertThat(textsTo(phone)).hasSize(2).noneMatch((text) -> text.contains("135790"));
	}

	@Test
	void shouldSendCodeAtOnceAsUrgentWhenCallerAskedForNormalInQuietHours() {
		ZonedDateTime night = nextLocal(LocalTime.of(23, 30));
		this.clock.advanceTo(night.toInstant());
		try {
			String code = accepted(send("ONE_TIME_CODE", Map.of("code", "864209", "minutes", "5"), "13600000010",
					"NORMAL", "otp-night-1"));

			awaitStatus(code, "DELIVERED");
			staff().get()
				.uri("/api/sms/messages/{id}", code)
				.exchange()
				.expectBody()
				.jsonPath("$.priority")
				.isEqualTo("URGENT")
				.jsonPath("$.notBefore")
				.value((notBefore) -> assertThat(Instant.parse((String) notBefore))
					.isBefore(night.toInstant().plus(Duration.ofMinutes(5))));
			assertThat(receivedBy("13600000010")).singleElement()
				.satisfies((segment) -> assertThat(segment.priorityFlag()).isEqualTo((byte) 1));
		}
		finally {
			// Out of quiet hours again for the tests that follow.
			this.clock.advanceTo(night.toLocalDate().plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant());
		}
	}

	@Test
	void shouldCreateTemplateAsVersionOneWhenAdminPostsAValidOne() {
		Map<String, Object> template = Map.of("code", "RATING_REMINDER", "kind", "NOTIFICATION", "essential", false,
				"dailyCap", 500, "description", "Taxpayer - reminder to rate a reply",
				"body", "【阳光税务】请对投诉{trackingNumber}的答复进行满意度评价。");

		staff().post().uri("/api/sms/templates").bodyValue(template).exchange().expectStatus().isForbidden();
		admin().post()
			.uri("/api/sms/templates")
			.bodyValue(template)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/api/sms/templates/RATING_REMINDER")
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.parameters")
			.isEqualTo(List.of("trackingNumber"))
			.jsonPath("$.updatedBy")
			.isEqualTo("admin-1");
		admin().post()
			.uri("/api/sms/templates")
			.bodyValue(template)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("短信模板已存在");
		Map<String, Object> unsigned = new LinkedHashMap<>(template);
		unsigned.put("code", "NO_SIGNATURE");
		unsigned.put("body", "请对投诉{trackingNumber}的答复进行评价。");
		admin().post()
			.uri("/api/sms/templates")
			.bodyValue(unsigned)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.problems[0]")
			.isEqualTo("body must start with a signature such as 【阳光税务】");
		Map<String, Object> badCode = new LinkedHashMap<>(template);
		badCode.put("code", "bad code");
		admin().post()
			.uri("/api/sms/templates")
			.bodyValue(badCode)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("code");
		staff().get().uri("/api/sms/templates/NO_SIGNATURE").exchange().expectStatus().isBadRequest();

		String id = accepted(send("RATING_REMINDER", Map.of("trackingNumber", "TS2026-001300"), "13600000011",
				"BULK", "rating-1300"));
		awaitStatus(id, "DELIVERED");
		assertThat(textsTo("13600000011")).containsExactly("【阳光税务】请对投诉TS2026-001300的答复进行满意度评价。");
	}

	@Test
	void shouldSkipNonEssentialMessagesWhenRecipientOptedOut() {
		String phone = "13600000004";
		admin().post()
			.uri("/api/sms/opt-outs")
			.bodyValue(Map.of("phone", phone, "optedOut", true))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.phone")
			.isEqualTo("136****0004");

		send("COMPLAINT_RECEIVED", received("TS2026-000900"), phone, "NORMAL", "complaint-900").expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
		String warning = accepted(send("WARNING_BLUE",
				Map.of("trackingNumber", "TS2026-000901", "dueDate", "2026年12月1日"), phone, "NORMAL", "warning-901"));

		awaitStatus(warning, "DELIVERED");
		assertThat(textsTo(phone)).singleElement().asString().contains("蓝色预警");
	}

	@Test
	void shouldOptOutWhenRecipientRepliesTd() throws Exception {
		String phone = "13600000005";
		await().atMost(PATIENCE).until(this.client::isBound);

		this.smsc.sendMobileOriginated("86" + phone, "TD");

		await().atMost(PATIENCE)
			.untilAsserted(() -> send("COMPLAINT_RECEIVED", received("TS2026-001100"), phone, "NORMAL", "complaint-1100")
				.expectStatus()
				.isEqualTo(HttpStatus.CONFLICT));
		assertThat(receivedBy(phone)).isEmpty();
	}

	@Test
	void shouldRejectBadInputWithProblemDetailsAndSendNothing() {
		String phone = "13500000001";
		send("NO_SUCH_TEMPLATE", Map.of(), phone, "NORMAL", "bad-1").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.template")
			.isEqualTo("NO_SUCH_TEMPLATE")
			.jsonPath("$.title")
			.isEqualTo("短信模板不存在");
		send("COMPLAINT_RECEIVED", Map.of("trackingNumber", "TS1", "name", "张三"), phone, "NORMAL", "bad-2")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameters")
			.isEqualTo(List.of("missing:dueDate", "unknown:name"));
		send("COMPLAINT_RECEIVED", received("TS1"), "02088886666", "NORMAL", "bad-3").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("phone");
		send("COMPLAINT_RECEIVED", received("TS1"), phone, "SOON", "bad-4").expectStatus().isBadRequest();
		service().post()
			.uri("/internal/sms")
			.header("Accept-Language", "en")
			.bodyValue(request("COMPLAINT_RECEIVED", Map.of("trackingNumber", "TS1"), phone, "NORMAL", "bad-5"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Template parameters do not match");

		assertThat(receivedBy(phone)).isEmpty();
	}

	@Test
	void shouldRefuseMessageOverTenSegmentsWhenAdminTemplateAllowsLongText() {
		Map<String, Object> template = staff().get()
			.uri("/api/sms/templates/COMPLAINT_REPLIED")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		StringBuilder body = new StringBuilder("【阳光税务】");
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 1; i <= 11; i++) {
			body.append("{p").append(i).append('}');
			params.put("p" + i, "长".repeat(64));
		}
		Map<String, Object> edit = Map.of("body", body.toString(), "essential", false, "version", template.get("version"));

		staff().put().uri("/api/sms/templates/COMPLAINT_REPLIED").bodyValue(edit).exchange().expectStatus().isForbidden();
		admin().put()
			.uri("/api/sms/templates/COMPLAINT_REPLIED")
			.bodyValue(edit)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo((Integer) template.get("version") + 1)
			.jsonPath("$.history[0].body")
			.isEqualTo(template.get("body"));
		admin().put().uri("/api/sms/templates/COMPLAINT_REPLIED").bodyValue(edit).exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT);

		send("COMPLAINT_REPLIED", params, "13500000002", "BULK", "long-1").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.segments")
			.isEqualTo(11)
			.jsonPath("$.maxSegments")
			.isEqualTo(10);
		assertThat(receivedBy("13500000002")).isEmpty();
	}

	@Test
	void shouldAllowOnlyPermittedRolesWhenCallingEndpoints() {
		Map<String, Object> body = request("COMPLAINT_RECEIVED", received("TS1"), "13500000003", "NORMAL", "role-1");
		this.web.post().uri("/internal/sms").bodyValue(body).exchange().expectStatus().isUnauthorized();
		this.web.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_CLERK")))
			.post()
			.uri("/internal/sms")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isForbidden();
		service().get().uri("/api/sms/messages").exchange().expectStatus().isForbidden();
		service().get().uri("/api/sms/stats").exchange().expectStatus().isForbidden();
		this.web.get().uri("/api/sms/messages").exchange().expectStatus().isUnauthorized();
		assertThat(receivedBy("13500000003")).isEmpty();
	}

	@Test
	void shouldListMaskedMessagesAndCountThemWhenStaffAsk() {
		String id = accepted(send("WARNING_BLUE", Map.of("trackingNumber", "TS2026-001000", "dueDate", "2026年12月1日"),
				"13500000004", "NORMAL", "warning-1000"));
		awaitStatus(id, "DELIVERED");

		staff().get()
			.uri("/api/sms/messages?size=100&template=WARNING_BLUE")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.value((total) -> assertThat(((Number) total).intValue()).isPositive())
			.jsonPath("$.content[*].phone")
			.value((phones) -> assertThat((List<?>) phones).isNotEmpty()
				.allSatisfy((p) -> assertThat((String) p).matches("1\\d{2}\\*{4}\\d{4}")))
			.jsonPath("$.content[*].text")
			.doesNotExist();
		staff().get()
			.uri("/api/sms/stats")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.byStatus.DELIVERED.messages")
			.value((count) -> assertThat(((Number) count).intValue()).isPositive())
			.jsonPath("$.byTemplate.WARNING_BLUE.segments")
			.value((count) -> assertThat(((Number) count).intValue()).isPositive());
	}

	private WebTestClient.ResponseSpec send(String template, Map<String, String> params, String phone, String priority,
			String key) {
		return service().post().uri("/internal/sms").bodyValue(request(template, params, phone, priority, key)).exchange();
	}

	private static Map<String, Object> request(String template, Map<String, String> params, String phone,
			String priority, String key) {
		return Map.of("template", template, "params", params, "phone", phone, "priority", priority, "idempotencyKey",
				key);
	}

	private static Map<String, String> received(String trackingNumber) {
		return Map.of("trackingNumber", trackingNumber, "dueDate", "2026年12月1日");
	}

	private static String accepted(WebTestClient.ResponseSpec response) {
		return (String) response.expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private void awaitStatus(String id, String status) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> staff().get()
				.uri("/api/sms/messages/{id}", id)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(status));
	}

	private String lastError(String id) {
		return (String) staff().get()
			.uri("/api/sms/messages/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("lastError");
	}

	/** What either SMSC (primary or fallback) received for a number. */
	private List<ReceivedMessage> receivedBy(String phone) {
		return Stream.concat(this.smsc.received().stream(), this.fallbackSmsc.received().stream())
			.filter((message) -> message.destination().equals(phone))
			.toList();
	}

	/** Whole texts either SMSC received for a number (a message's segments all go through one SMSC here). */
	private List<String> textsTo(String phone) {
		return Stream.concat(this.smsc.textsTo(phone).stream(), this.fallbackSmsc.textsTo(phone).stream()).toList();
	}

	private ZonedDateTime nextLocal(LocalTime time) {
		ZonedDateTime now = this.clock.instant().atZone(SHANGHAI);
		ZonedDateTime candidate = now.toLocalDate().atTime(time).atZone(SHANGHAI);
		return candidate.isAfter(now) ? candidate : candidate.plusDays(1);
	}

	private WebTestClient service() {
		return this.web.mutateWith(mockJwt().jwt((jwt) -> jwt.subject("complaint-service"))
			.authorities(new SimpleGrantedAuthority("ROLE_SERVICE")));
	}

	private WebTestClient staff() {
		return this.web.mutateWith(mockJwt().jwt((jwt) -> jwt.subject("supervisor-1"))
			.authorities(new SimpleGrantedAuthority("ROLE_SUPERVISOR")));
	}

	private WebTestClient admin() {
		return this.web.mutateWith(
				mockJwt().jwt((jwt) -> jwt.subject("admin-1")).authorities(new SimpleGrantedAuthority("ROLE_ADMIN")));
	}

	/**
	 * Real time shifted by an offset that only grows: starts at the next 10:00 in Shanghai (outside quiet
	 * hours whenever the build runs) and can jump forward to test quiet hours and limit windows.
	 */
	static final class TestClock extends Clock {

		private final Clock system = Clock.systemUTC();

		private final AtomicReference<Duration> offset = new AtomicReference<>();

		TestClock() {
			Instant now = this.system.instant();
			ZonedDateTime local = now.atZone(SHANGHAI);
			LocalDate day = local.toLocalTime().isBefore(LocalTime.of(10, 0)) ? local.toLocalDate()
					: local.toLocalDate().plusDays(1);
			this.offset.set(Duration.between(now, day.atTime(10, 0).atZone(SHANGHAI).toInstant()));
		}

		void advanceTo(Instant target) {
			this.offset.updateAndGet((current) -> {
				Duration wanted = Duration.between(this.system.instant(), target);
				return wanted.compareTo(current) > 0 ? wanted : current;
			});
		}

		@Override
		public ZoneId getZone() {
			return SHANGHAI;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("fixed to Asia/Shanghai");
		}

		@Override
		public Instant instant() {
			return this.system.instant().plus(this.offset.get());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		TestClock clock() {
			return new TestClock();
		}

	}

}
