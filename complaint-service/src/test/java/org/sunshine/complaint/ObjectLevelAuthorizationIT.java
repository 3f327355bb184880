package org.sunshine.complaint;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.ComplaintClientFixture.Filed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.complaint.ComplaintClientFixture.staff;

/**
 * OWASP API1 (broken object-level authorization) for every complaint endpoint: staff of another
 * department, roles that have no business with complaints, and a complainant holding another
 * complaint's access code are all refused, and the complaint is left exactly as it was.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class ObjectLevelAuthorizationIT {

	private static final Map<String, Object> REASON = Map.of("reason", "核查");

	/** Every staff action on one complaint, with a body where it needs one. */
	private static final List<Object[]> STAFF_ENDPOINTS = List.of(
			new Object[] { HttpMethod.GET, "details", null }, new Object[] { HttpMethod.POST, "accept", null },
			new Object[] { HttpMethod.POST, "reject", REASON },
			new Object[] { HttpMethod.POST, "assign", Map.of("department", "JCJ", "handler", "intruder") },
			new Object[] { HttpMethod.POST, "reply", Map.of("text", "已处理") },
			new Object[] { HttpMethod.POST, "close", null }, new Object[] { HttpMethod.POST, "suspend", REASON },
			new Object[] { HttpMethod.POST, "resume", null }, new Object[] { HttpMethod.POST, "identity", REASON });

	@Autowired
	private ReactiveMongoTemplate mongo;

	private ComplaintClientFixture client;

	private WebTestClient web;

	@BeforeEach
	void bindClient(ApplicationContext context) {
		WebTestClient web = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.web = web;
		this.client = new ComplaintClientFixture(web, this.mongo);
	}

	@Test
	void shouldRefuseStaffOfAnotherDepartmentEveryActionOnAComplaint() {
		Filed filed = this.client.file(ComplaintClientFixture.realName("ZSK"));
		this.client.accept(filed.number());
		this.client.assign(filed.number(), "ZSK", "handler").expectStatus().isOk();
		String before = stored(filed);

		for (JwtMutator outsider : List.of(staff("other-clerk", "CLERK", "JCJ"),
				staff("other-handler", "HANDLER", "JCJ"), staff("other-head", "UNIT_HEAD", "JCJ"))) {
			STAFF_ENDPOINTS.forEach((endpoint) -> assertRefused(outsider, filed, endpoint));
			assertThat(this.client.queue(outsider, "size=100")).doesNotContain(filed.number());
		}
		assertThat(stored(filed)).as("nothing reached storage").isEqualTo(before);
	}

	@Test
	void shouldRefuseRolesWithoutBusinessInComplaintsEveryAction() {
		Filed filed = this.client.file(ComplaintClientFixture.realName("ZSK"));
		String before = stored(filed);

		for (JwtMutator role : List.of(staff("editor", "EDITOR", "ZSK"), staff("reviewer", "REVIEWER", "ZSK"),
				staff("secrecy", "SECRECY_REVIEWER", "ZSK"), staff("service", "SERVICE", "ZSK"))) {
			STAFF_ENDPOINTS.forEach((endpoint) -> assertRefused(role, filed, endpoint));
		}
		assertThat(stored(filed)).as("nothing reached storage").isEqualTo(before);
	}

	@Test
	void shouldRefuseAComplainantActingOnAnotherComplaintWithTheirOwnCode() {
		Filed victim = this.client.file(ComplaintClientFixture.realName("ZSK"));
		Filed intruder = this.client.file(ComplaintClientFixture.anonymous());
		Filed forged = new Filed(victim.number(), intruder.accessCode());
		String before = stored(victim);

		this.client.publicStep(forged, "supplements", Map.of("text", "补充")).expectStatus().isNotFound();
		this.client.publicStep(forged, "withdraw", null).expectStatus().isNotFound();
		this.client.publicStep(forged, "rating", Map.of("grade", "DISSATISFIED")).expectStatus().isNotFound();
		this.web.get()
			.uri("/api/complaints/{n}", victim.number())
			.header("X-Access-Code", intruder.accessCode())
			.exchange()
			.expectStatus()
			.isNotFound();

		assertThat(stored(victim)).as("nothing reached storage but the count of wrong codes").isEqualTo(before);
	}

	private void assertRefused(JwtMutator who, Filed filed, Object[] endpoint) {
		HttpMethod method = (HttpMethod) endpoint[0];
		WebTestClient.RequestBodySpec request = this.client.as(who)
			.method(method)
			.uri("/api/complaints/{n}/" + endpoint[1], filed.number());
		WebTestClient.ResponseSpec response = (endpoint[2] != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint[2]).exchange() : request.exchange();
		response.expectStatus()
			.value((status) -> assertThat(status).as("%s %s", method, endpoint[1]).isIn(403, 404))
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private String stored(Filed filed) {
		StringBuilder json = new StringBuilder();
		this.client.storedComplaint(filed.number(), (document) -> {
			document.remove("accessFailures");
			document.remove("accessLockedUntil");
			json.append(document.toJson());
		});
		return json.toString();
	}

}
