package org.sunshine.complaint.warning;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.defaults.problem.ProblemDetailsAutoConfiguration;
import org.sunshine.defaults.security.ResourceServerDefaultsAutoConfiguration;
import org.sunshine.defaults.web.PageView;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/**
 * Web slice of the warnings API, service mocked: roles (even though {@code GET /api/complaints/*} is public
 * for tracking), parameter validation and problem details.
 */
@WebFluxTest(WarningController.class)
@ImportAutoConfiguration({ ProblemDetailsAutoConfiguration.class, ResourceServerDefaultsAutoConfiguration.class })
@TestPropertySource(properties = "sunshine.security.public-paths=GET /api/complaints/*")
class WarningControllerTest {

	@MockitoBean
	private WarningService warnings;

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
	void shouldListTheViewersWarningsWhenAHandlerAsks() {
		WarningView red = new WarningView("65f0c0ffee0000000000abcd", "T240223-ABCDEF", WarningLevel.RED, 2,
				OffsetDateTime.parse("2024-02-22T23:59:59+08:00"), OffsetDateTime.parse("2024-02-26T10:00:00+08:00"),
				"ZSK", "handler", List.of(new WarningView.RecipientView("handler", Recipient.Role.HANDLER)), 0, false,
				null, null, null, 7);
		given(this.warnings.list(eq(new Viewer("handler", "ZSK", false)), eq(WarningLevel.RED), eq(null), eq(0),
				eq(20)))
			.willReturn(Mono.just(new PageView<>(List.of(red), 0, 20, 1)));

		as("HANDLER").get()
			.uri("/api/complaints/warnings?level=RED")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].trackingNumber")
			.isEqualTo("T240223-ABCDEF")
			.jsonPath("$.items[0].occurrence")
			.isEqualTo(2)
			.jsonPath("$.items[0].raisedAt")
			.isEqualTo("2024-02-26T10:00:00+08:00")
			.jsonPath("$.total")
			.isEqualTo(1);
	}

	@Test
	void shouldAnswerUnauthorizedWhenAnonymousAlthoughTrackingPathsArePublic() {
		this.web.get()
			.uri("/api/complaints/warnings")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldAnswerForbiddenWhenTheRoleDoesNotWorkComplaints() {
		as("EDITOR").get().uri("/api/complaints/warnings").exchange().expectStatus().isForbidden();
	}

	@Test
	void shouldAnswerBadRequestProblemWhenTheLevelIsUnknownOrThePageTooLarge() {
		as("SUPERVISOR").get()
			.uri("/api/complaints/warnings?level=PURPLE")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		as("SUPERVISOR").get()
			.uri("/api/complaints/warnings?size=101")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldAnswerConflictProblemWhenTheWarningWasAcknowledgedAlready() {
		given(this.warnings.acknowledge(any(), eq("65f0c0ffee0000000000abcd"), eq("on it")))
			.willReturn(Mono.error(new WarningAlreadyAcknowledgedException("unit-head")));

		as("UNIT_HEAD").post()
			.uri("/api/complaints/warnings/65f0c0ffee0000000000abcd/ack")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"note\":\"on it\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.acknowledgedBy")
			.isEqualTo("unit-head");
	}

	private WebTestClient as(String role) {
		String username = role.equals("HANDLER") ? "handler" : role.toLowerCase();
		return this.web.mutateWith(mockJwt().jwt((jwt) -> jwt.subject(username).claim("department", "ZSK"))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role)));
	}

}
