package org.sunshine.sms.message;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.defaults.problem.ProblemDetailsAutoConfiguration;
import org.sunshine.defaults.security.ResourceServerDefaultsAutoConfiguration;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/** Web slice of the send API: validation, status codes, problem details and roles, service mocked. */
@WebFluxTest(InternalSmsController.class)
@ImportAutoConfiguration({ ProblemDetailsAutoConfiguration.class, ResourceServerDefaultsAutoConfiguration.class })
class InternalSmsControllerTest {

	private static final Map<String, Object> VALID = Map.of("template", "COMPLAINT_RECEIVED", "params",
			Map.of("trackingNumber", "TS1", "dueDate", "12月1日"), "phone", "13812345678", "priority", "NORMAL",
			"idempotencyKey", "complaint-1:received");

	@MockitoBean
	private MessageService messages;

	@MockitoBean
	private ReactiveJwtDecoder jwtDecoder;

	private WebTestClient web;

	@BeforeEach
	void bindClient(ApplicationContext context) {
		this.web = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
	}

	@Test
	void shouldAnswerAcceptedWhenMessageIsQueued() {
		given(this.messages.accept(any(), eq("complaint-service"))).willReturn(Mono.just(
				new MessageAccepted("m1", MessageStatus.QUEUED, 1, Instant.parse("2026-11-23T02:00:00Z"), false)));

		service().post()
			.uri("/internal/sms")
			.bodyValue(VALID)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo("m1")
			.jsonPath("$.notBefore")
			.isEqualTo("2026-11-23T02:00:00Z");
	}

	@Test
	void shouldAnswerOkWhenKeyWasAlreadyUsedForSameMessage() {
		given(this.messages.accept(any(), any()))
			.willReturn(Mono.just(new MessageAccepted("m1", MessageStatus.DELIVERED, 1, null, true)));

		service().post()
			.uri("/internal/sms")
			.bodyValue(VALID)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.duplicate")
			.isEqualTo(true);
	}

	@Test
	void shouldExplainInChineseWhenPhoneIsNotMainlandMobile() {
		Map<String, Object> landline = new HashMap<>(VALID);
		landline.put("phone", "02088886666");

		service().post()
			.uri("/internal/sms")
			.bodyValue(landline)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("phone")
			.jsonPath("$.errors[0].message")
			.isEqualTo("必须是中国大陆手机号码（以 13–19 开头的 11 位数字，可带 +86）");
		verifyNoInteractions(this.messages);
	}

	@Test
	void shouldAnswerUnprocessableProblemWhenKeyWasUsedForAnotherMessage() {
		given(this.messages.accept(any(), any()))
			.willReturn(Mono.error(new IdempotencyConflictException("complaint-1:received", "m0")));

		service().post()
			.uri("/internal/sms")
			.header("Accept-Language", "en")
			.bodyValue(VALID)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Idempotency key reused")
			.jsonPath("$.detail")
			.isEqualTo("The idempotency key complaint-1:received was already used for a different message; nothing was sent.")
			.jsonPath("$.existingMessageId")
			.isEqualTo("m0");
	}

	@Test
	void shouldForbidWhenCallerIsNeitherServiceNorAdmin() {
		this.web.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_HANDLER")))
			.post()
			.uri("/internal/sms")
			.bodyValue(VALID)
			.exchange()
			.expectStatus()
			.isForbidden();
		verifyNoInteractions(this.messages);
	}

	private WebTestClient service() {
		return this.web.mutateWith(mockJwt().jwt((jwt) -> jwt.subject("complaint-service"))
			.authorities(new SimpleGrantedAuthority("ROLE_SERVICE")));
	}

}
