package org.sunshine.complaint.complaint;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.defaults.problem.ProblemDetailsAutoConfiguration;
import org.sunshine.defaults.security.ResourceServerDefaultsAutoConfiguration;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
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

/** The staff step endpoints' web layer: tokens, validation and problem rendering, with the service mocked. */
@WebFluxTest(HandlingController.class)
@ImportAutoConfiguration({ ProblemDetailsAutoConfiguration.class, ResourceServerDefaultsAutoConfiguration.class })
class HandlingControllerTest {

	private static final String NUMBER = "T240209-ABCDEF";

	private WebTestClient client;

	@MockitoBean
	private HandlingService handling;

	@MockitoBean
	private ComplaintSteps steps;

	/** No token is decoded here (mock JWTs bypass decoding); the chain only needs a decoder to exist. */
	@MockitoBean
	private ReactiveJwtDecoder jwtDecoder;

	/** Bound with Spring Security's test support, so mock JWTs pass the real filter chain. */
	@BeforeEach
	void bindClient(ApplicationContext context) {
		this.client = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
	}

	@Test
	void shouldAnswerUnauthorizedProblemWhenNoTokenIsSent() {
		this.client.post()
			.uri("/api/complaints/{n}/accept", NUMBER)
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.handling);
	}

	@Test
	void shouldRenderTheConflictAsALocalizedProblemWhenTheStepIsNotAllowedNow() {
		given(this.steps.request(any(), eq("accept"), any(), any())).willReturn(new StepRequest(null, null, null));
		given(this.handling.accept(eq(NUMBER), any(), any()))
			.willReturn(Mono.error(WorkflowException.notNow("accept", ComplaintStatus.CLOSED)));

		this.client.mutateWith(mockJwt().jwt((jwt) -> jwt.subject("clerk").claim("department", "NSFWK"))
			.authorities(new SimpleGrantedAuthority("ROLE_CLERK")))
			.post()
			.uri("/api/complaints/{n}/accept", NUMBER)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(409)
			.jsonPath("$.code").isEqualTo("wrong-state")
			.jsonPath("$.detail").isEqualTo("A complaint that is CLOSED cannot be given the step \"accept\".");
	}

	@Test
	void shouldReportTheFieldWhenTheReplyIsEmpty() {
		this.client.mutateWith(mockJwt().jwt((jwt) -> jwt.subject("handler").claim("department", "ZSK"))
			.authorities(new SimpleGrantedAuthority("ROLE_HANDLER")))
			.post()
			.uri("/api/complaints/{n}/reply", NUMBER)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", " "))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("text")
			.jsonPath("$.errors[0].message").isNotEmpty();
		verifyNoInteractions(this.handling);
	}

}
