package org.sunshine.complaint;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.Document;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/** Files complaints and takes workflow steps over HTTP as the public or as mock-JWT staff, for the ITs. */
final class ComplaintClientFixture {

	static final String NAME = "李举报";

	static final String PHONE = "13987654321";

	private final WebTestClient web;

	private final ReactiveMongoTemplate mongo;

	ComplaintClientFixture(WebTestClient web, ReactiveMongoTemplate mongo) {
		this.web = web;
		this.mongo = mongo;
	}

	record Filed(String number, String accessCode) {
	}

	Filed file(Map<String, Object> request) {
		JsonNode filed = this.web.post()
			.uri("/api/complaints")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return new Filed(filed.get("trackingNumber").asString(), filed.get("accessCode").asString());
	}

	void accept(String number) {
		as(clerk()).post().uri("/api/complaints/{n}/accept", number).exchange().expectStatus().isOk();
	}

	WebTestClient.ResponseSpec assign(String number, String department, String handler) {
		return as(clerk()).post()
			.uri("/api/complaints/{n}/assign", number)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("department", department, "handler", handler))
			.exchange();
	}

	WebTestClient.ResponseSpec unseal(SecurityMockServerConfigurers.JwtMutator who, String number) {
		return as(who).post()
			.uri("/api/complaints/{n}/identity", number)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", "核查举报线索"))
			.exchange();
	}

	WebTestClient.ResponseSpec publicStep(Filed filed, String step, Object body) {
		var request = this.web.post()
			.uri("/api/complaints/{n}/" + step, filed.number())
			.header("X-Access-Code", filed.accessCode());
		return (body != null) ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
				: request.exchange();
	}

	String queue(SecurityMockServerConfigurers.JwtMutator who, String query) {
		return new String(as(who).get()
			.uri("/api/complaints?" + query)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items").isArray()
			.returnResult()
			.getResponseBodyContent(), StandardCharsets.UTF_8);
	}

	WebTestClient as(SecurityMockServerConfigurers.JwtMutator who) {
		return this.web.mutateWith(who);
	}

	static SecurityMockServerConfigurers.JwtMutator clerk() {
		return staff("clerk", "CLERK", "NSFWK");
	}

	static SecurityMockServerConfigurers.JwtMutator handler() {
		return staff("handler", "HANDLER", "ZSK");
	}

	static SecurityMockServerConfigurers.JwtMutator supervisor() {
		return staff("supervisor", "SUPERVISOR", "JJZ");
	}

	static SecurityMockServerConfigurers.JwtMutator staff(String username, String role, String department) {
		return mockJwt().jwt((jwt) -> jwt.subject(username).claim("department", department))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

	void storedComplaint(String trackingNumber, Consumer<Document> assertions) {
		this.mongo
			.findOne(Query.query(Criteria.where("trackingNumber").is(trackingNumber)), Document.class, "complaints")
			.as(StepVerifier::create)
			.assertNext(assertions)
			.verifyComplete();
	}

	static Map<String, Object> anonymous() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("type", "SERVICE");
		request.put("subject", "办税服务厅排队时间过长");
		request.put("content", "上午在办税服务厅排队两个多小时，只开了一个窗口。");
		request.put("department", "NSFWK");
		request.put("anonymous", true);
		return request;
	}

	static Map<String, Object> realName(String department) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("type", "CONDUCT");
		request.put("subject", "窗口人员态度恶劣");
		request.put("content", "办理变更登记时窗口人员态度恶劣，拒绝说明需要补充的材料。");
		request.put("department", department);
		request.put("anonymous", false);
		request.put("name", NAME);
		request.put("phone", PHONE);
		return request;
	}

}
