package org.sunshine.disclosure;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/**
 * The publication workflow over the real filter chain with mock JWTs (subject = staff account, roles
 * as authorities), on the same cached context as {@link DisclosureServiceIT}. Every test works on
 * items of its own and removes them afterwards, so the seeded catalog the read tests count is intact.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data",
				// Seeded changes are seconds old here; the settling rule has its own unit test.
				"sunshine.disclosure.feed.settle=0s" })
class PublicationWorkflowIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static int nextCode = 9000 + (int) (System.nanoTime() % 500);

	@Autowired
	private ReactiveMongoTemplate mongo;

	private WebTestClient web;

	private final List<String> createdPowers = new ArrayList<>();

	private final List<String> createdPolicies = new ArrayList<>();

	@BeforeEach
	void bindClient(ApplicationContext context) {
		this.web = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(PATIENCE)
			.build();
		// Seeding runs asynchronously after ApplicationReady; some tests compare with seeded policies.
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(getJson(null, "/api/policies").get("total").asLong()).isEqualTo(30));
	}

	/** Test data out again: public documents, versions, history (the read tests count the catalog). */
	@AfterEach
	void removeWhatThisTestCreated() {
		for (String code : this.createdPowers) {
			remove("power_items", Criteria.where("_id").is(code));
			remove("versions", Criteria.where("kind").is("POWER").and("itemId").is(code));
			remove("history", Criteria.where("kind").is("POWER").and("itemId").is(code));
		}
		for (String id : this.createdPolicies) {
			remove("policies", Criteria.where("_id").is(id));
			remove("versions", Criteria.where("kind").is("POLICY").and("itemId").is(id));
			remove("history", Criteria.where("kind").is("POLICY").and("itemId").is(id));
		}
	}

	@Test
	void shouldPublishAPowerItemOnlyAfterBothReviewsByOtherPeople() {
		String code = newPowerDraft("editor-1");
		assertNotPublic(code);

		String etag = transition(editor("editor-1"), "/api/powers/" + code + "/submit", null, null)
			.expectStatus().isOk()
			.expectBody().jsonPath("$.state").isEqualTo("SUBMITTED")
			.returnResult().getResponseHeaders().getETag();
		assertNotPublic(code);

		transition(reviewer("reviewer-1"), "/api/powers/" + code + "/review", approve(), etag)
			.expectStatus().isOk()
			.expectBody().jsonPath("$.state").isEqualTo("REVIEWED").jsonPath("$.reviewer").isEqualTo("reviewer-1");
		assertNotPublic(code);

		transition(secrecy("secrecy-1"), "/api/powers/" + code + "/secrecy-review", approve(), null)
			.expectStatus().isOk()
			.expectBody().jsonPath("$.state").isEqualTo("PUBLISHED");

		this.web.get().uri("/api/powers/" + code).exchange()
			.expectStatus().isOk()
			.expectHeader().exists(HttpHeaders.ETAG)
			.expectBody()
			.jsonPath("$.code").isEqualTo(code)
			.jsonPath("$.version").isEqualTo(1)
			.jsonPath("$.status").isEqualTo("PUBLISHED")
			.jsonPath("$.category.name").isEqualTo("行政奖励")
			.jsonPath("$.department.name").isEqualTo("纳税服务科");
		JsonNode change = changeOf("/api/powers/changes", code);
		assertThat(change.get("version").asInt()).isEqualTo(1);
		assertThat(change.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(change.get("document").get("code").asString()).isEqualTo(code);
		assertThat(transitions(this.web.mutateWith(staff("admin-1", "ADMIN")).get().uri("/api/powers/" + code + "/history")))
			.containsExactly("CREATE:editor-1", "SUBMIT:editor-1", "REVIEW_APPROVE:reviewer-1",
					"SECRECY_APPROVE:secrecy-1", "PUBLISH:system");
	}

	@Test
	void shouldRefuseTheAuthorAsReviewerWhenTheAuthorAlsoHoldsTheReviewerRole() {
		String code = newPowerDraft("editor-2");
		submit(editor("editor-2"), "/api/powers/" + code);

		transition(staff("editor-2", "EDITOR", "REVIEWER"), "/api/powers/" + code + "/review", approve(), null)
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.denial").isEqualTo("SELF_REVIEW");
	}

	@Test
	void shouldRefuseTheFirstReviewerAsConfidentialityReviewer() {
		String code = newPowerDraft("editor-3");
		submit(editor("editor-3"), "/api/powers/" + code);
		transition(reviewer("both-1"), "/api/powers/" + code + "/review", approve(), null).expectStatus().isOk();

		transition(staff("both-1", "REVIEWER", "SECRECY_REVIEWER"), "/api/powers/" + code + "/secrecy-review",
				approve(), null)
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.denial").isEqualTo("SAME_REVIEWER");
	}

	@Test
	void shouldRefuseAReviewWhenTheActorLacksTheRole() {
		String code = newPowerDraft("editor-4");
		submit(editor("editor-4"), "/api/powers/" + code);

		transition(editor("editor-5"), "/api/powers/" + code + "/review", approve(), null)
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.denial").isEqualTo("REVIEWER_ROLE");
		transition(reviewer("reviewer-2"), "/api/powers/" + code + "/secrecy-review", approve(), null)
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.denial").isEqualTo("SECRECY_REVIEWER_ROLE");
	}

	@Test
	void shouldRefuseTheConfidentialityReviewBeforeTheFirstReview() {
		String code = newPowerDraft("editor-6");
		submit(editor("editor-6"), "/api/powers/" + code);

		transition(secrecy("secrecy-2"), "/api/powers/" + code + "/secrecy-review", approve(), null)
			.expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectBody().jsonPath("$.state").isEqualTo("SUBMITTED");
	}

	@Test
	void shouldReturnToDraftWithTheReasonRecordedWhenTheReviewerReturnsIt() {
		String code = newPowerDraft("editor-7");
		submit(editor("editor-7"), "/api/powers/" + code);

		transition(reviewer("reviewer-3"), "/api/powers/" + code + "/review", Map.of("decision", "RETURN"), null)
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
		transition(reviewer("reviewer-3"), "/api/powers/" + code + "/review",
				Map.of("decision", "RETURN", "reason", "法律依据条款引用有误"), null)
			.expectStatus().isOk()
			.expectBody().jsonPath("$.state").isEqualTo("DRAFT");

		JsonNode history = getJson(staff("admin-1", "ADMIN"), "/api/powers/" + code + "/history");
		assertThat(history.get(history.size() - 1).get("transition").asString()).isEqualTo("REVIEW_RETURN");
		assertThat(history.get(history.size() - 1).get("reason").asString()).isEqualTo("法律依据条款引用有误");
		// Back in draft, the author edits and submits again.
		transition(editor("editor-7"), "/api/powers/" + code + "/submit", null, null).expectStatus().isOk();
	}

	@Test
	void shouldKeepEveryVersionAndDiffThemWhenAPublishedItemIsAmended() {
		String code = publishedPower("editor-8");

		JsonNode amended = transition(editor("editor-9"), "/api/powers/" + code + "/amend", null, null)
			.expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(amended.get("version").asInt()).isEqualTo(2);
		assertThat(amended.get("state").asString()).isEqualTo("DRAFT");
		Map<String, Object> changed = powerDraft(code);
		changed.put("name", "纳税信用A级纳税人表扬（修订）");
		this.web.mutateWith(editor("editor-9")).put().uri("/api/powers/" + code).bodyValue(changed).exchange()
			.expectStatus().isOk();
		// Version 1 stays public until version 2 passes both reviews.
		this.web.get().uri("/api/powers/" + code).exchange().expectBody().jsonPath("$.version").isEqualTo(1);
		passReviews("/api/powers/" + code, "editor-9");

		this.web.get().uri("/api/powers/" + code).exchange()
			.expectBody().jsonPath("$.version").isEqualTo(2).jsonPath("$.name").isEqualTo("纳税信用A级纳税人表扬（修订）");
		this.web.get().uri("/api/powers/" + code + "/versions").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			.jsonPath("$[0].version").isEqualTo(1)
			.jsonPath("$[0].supersededAt").exists()
			.jsonPath("$[1].supersededAt").doesNotExist();
		this.web.get().uri("/api/powers/" + code + "/versions/1").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("纳税信用A级纳税人表扬").jsonPath("$.version").isEqualTo(1);
		this.web.get().uri("/api/powers/" + code + "/versions/2/diff").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.previousVersion").isEqualTo(1)
			.jsonPath("$.changes.length()").isEqualTo(1)
			.jsonPath("$.changes[0].field").isEqualTo("name")
			.jsonPath("$.changes[0].before").isEqualTo("纳税信用A级纳税人表扬")
			.jsonPath("$.changes[0].after").isEqualTo("纳税信用A级纳税人表扬（修订）");
		this.web.get().uri("/api/powers/" + code + "/versions/1/diff?from=2").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.previousVersion").isEqualTo(2).jsonPath("$.changes[0].after")
			.isEqualTo("纳税信用A级纳税人表扬");
		String today = OffsetDateTime.now(ZoneOffset.ofHours(8)).toLocalDate().toString();
		this.web.get().uri("/api/powers/" + code + "?asOf=" + today).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.version").isEqualTo(2);
		this.web.get().uri("/api/powers/" + code + "?asOf=2000-01-01").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(changeOf("/api/powers/changes", code).get("version").asInt()).isEqualTo(2);
	}

	@Test
	void shouldNeverServeADraftVersionPublicly() {
		String code = publishedPower("editor-10");
		transition(editor("editor-10"), "/api/powers/" + code + "/amend", null, null).expectStatus().isCreated();

		this.web.get().uri("/api/powers/" + code + "/versions/2").exchange().expectStatus().isNotFound();
		this.web.get().uri("/api/powers/" + code + "/versions/2/diff").exchange().expectStatus().isNotFound();
		this.web.get().uri("/api/powers/" + code + "/draft").exchange().expectStatus().isUnauthorized();
		this.web.get().uri("/api/powers/" + code + "/history").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void shouldRefuseToEditAPublishedVersionInPlace() {
		String code = publishedPower("editor-11");

		this.web.mutateWith(editor("editor-11")).put().uri("/api/powers/" + code).bodyValue(powerDraft(code))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectBody().jsonPath("$.state").isEqualTo("PUBLISHED");
	}

	@Test
	void shouldRepealAPublishedItemAndKeepItReadable() {
		String code = publishedPower("editor-12");

		transition(editor("editor-12"), "/api/powers/" + code + "/repeal", Map.of("reason", "职权已调整"), null)
			.expectStatus().isOk()
			.expectBody().jsonPath("$.state").isEqualTo("REPEALED");

		this.web.get().uri("/api/powers/" + code).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("REPEALED").jsonPath("$.version").isEqualTo(2);
		assertThat(changeOf("/api/powers/changes", code).get("status").asString()).isEqualTo("REPEALED");
		transition(editor("editor-12"), "/api/powers/" + code + "/amend", null, null)
			.expectStatus().isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void shouldRefuseAStaleIfMatchAndAcceptTheCurrentOne() {
		String code = newPowerDraft("editor-13");
		String stale = "\"1.0\"";
		Map<String, Object> changed = powerDraft(code);
		changed.put("fees", "不收费（修改）");
		String current = this.web.mutateWith(editor("editor-13")).put().uri("/api/powers/" + code)
			.header(HttpHeaders.IF_MATCH, stale).bodyValue(changed).exchange()
			.expectStatus().isOk()
			.returnResult(JsonNode.class).getResponseHeaders().getETag();
		assertThat(current).isEqualTo("\"1.1\"");

		transition(editor("editor-13"), "/api/powers/" + code + "/submit", null, stale)
			.expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.etag").isEqualTo(current);
		transition(editor("editor-13"), "/api/powers/" + code + "/submit", null, current).expectStatus().isOk();
	}

	@Test
	void shouldCreateOneDraftWhenTheSameIdempotencyKeyIsSentTwice() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> draft = policyDraft("湘中税函〔2026〕" + nextCode++ + "号");

		String first = createPolicy(key, draft).expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
		this.createdPolicies.add(first);
		String second = createPolicy(key, draft).expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

		assertThat(second).isEqualTo(first);
		draft.put("title", "另一份文件");
		createPolicy(key, draft).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody().jsonPath("$.idempotencyKey").isEqualTo(key);
	}

	@Test
	void shouldPublishAPolicyThroughBothReviewsAndFindItByAnyBracketVariant() {
		String number = nextCode++ + "";
		String id = createPolicy(null, policyDraft("湘中税函〔2026〕" + number + "号")).expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
		this.createdPolicies.add(id);
		this.web.get().uri("/api/policies/" + id).exchange().expectStatus().isNotFound();

		passReviews("/api/policies/" + id, "editor-20");

		this.web.get()
			.uri((uri) -> uri.path("/api/policies/by-number").queryParam("docNumber", "{n}")
				.build("湘中税函[2026]" + number + "号"))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.id").isEqualTo(id).jsonPath("$.validity").isEqualTo("VALID");
		assertThat(changeOf("/api/policies/changes", id).get("document").get("docNumber").asString())
			.isEqualTo("湘中税函〔2026〕" + number + "号");

		// Repealing takes effect without review, so it must say why.
		transition(editor("editor-20"), "/api/policies/" + id + "/repeal", Map.of("reason", " "), null)
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
		transition(editor("editor-20"), "/api/policies/" + id + "/repeal", null, null).expectStatus().isBadRequest();
		transition(editor("editor-20"), "/api/policies/" + id + "/repeal", Map.of("reason", "已被新文件替代"), null)
			.expectStatus().isOk();
		this.web.get().uri("/api/policies/" + id).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.validity").isEqualTo("REPEALED").jsonPath("$.repealedOn").exists();
	}

	@Test
	void shouldRejectADuplicateDocumentNumberWrittenWithOtherBrackets() {
		// p-0007 of the seed is 湘中税发〔2024〕3号.
		String seeded = getJson(null, "/api/policies/p-0007").get("docNumber").asString();
		String variant = seeded.replace('〔', '[').replace('〕', ']');

		createPolicy(null, policyDraft(variant))
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.field").isEqualTo("docNumber");
	}

	@Test
	void shouldAnswerFieldByFieldInEnglishWhenADraftIsMalformed() {
		Map<String, Object> draft = policyDraft("湘中税函〔2026〕" + nextCode++ + "号");
		draft.put("issuedOn", "2025-02-30");
		draft.put("title", "");
		draft.remove("body");

		this.web.mutateWith(editor("editor-21")).post().uri("/api/policies")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en").bodyValue(draft).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(3)
			.jsonPath("$.errors[?(@.field == 'issuedOn')].message").isEqualTo("must be a date written as yyyy-MM-dd")
			.jsonPath("$.errors[?(@.field == 'title')]").exists()
			.jsonPath("$.errors[?(@.field == 'body')]").exists();
	}

	@Test
	void shouldRejectAnUnknownCategoryAndDepartment() {
		Map<String, Object> draft = policyDraft("湘中税函〔2026〕" + nextCode++ + "号");
		draft.put("category", "小道消息");
		createPolicy(null, draft).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody().jsonPath("$.field").isEqualTo("category");

		Map<String, Object> power = powerDraft("XZJL-" + nextCode++);
		power.put("department", Map.of("code", "NOPE"));
		this.web.mutateWith(editor("editor-22")).post().uri("/api/powers").bodyValue(power).exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody().jsonPath("$.field").isEqualTo("department.code");
	}

	@Test
	void shouldQueueEachVersionForTheRoleWhoseTurnItIsButNeverForItsAuthor() {
		String code = newPowerDraft("editor-23");
		submit(editor("editor-23"), "/api/powers/" + code);

		assertThat(queued(reviewer("reviewer-5"))).contains(code);
		assertThat(queued(staff("editor-23", "EDITOR", "REVIEWER"))).doesNotContain(code);
		assertThat(queued(secrecy("secrecy-5"))).doesNotContain(code);

		transition(reviewer("reviewer-5"), "/api/powers/" + code + "/review", approve(), null).expectStatus().isOk();
		assertThat(queued(reviewer("reviewer-5"))).doesNotContain(code);
		assertThat(queued(secrecy("secrecy-5"))).contains(code);
	}

	@Test
	void shouldListOnlyTheEditorsOwnVersionsInWorkUntilTheyArePublished() {
		String mine = newPowerDraft("editor-30");
		String other = newPowerDraft("editor-31");
		submit(editor("editor-30"), "/api/powers/" + mine);

		JsonNode desk = getJson(editor("editor-30"), "/api/powers/drafts?size=100");
		assertThat(desk.get("items").valueStream().map((item) -> item.get("id").asString())).contains(mine)
			.doesNotContain(other);
		assertThat(desk.get("items").valueStream()
			.filter((item) -> item.get("id").asString().equals(mine))
			.map((item) -> item.get("state").asString())).containsExactly("SUBMITTED");
		this.web.get().uri("/api/powers/drafts").exchange().expectStatus().isUnauthorized();

		transition(reviewer("reviewer-30"), "/api/powers/" + mine + "/review", approve(), null).expectStatus().isOk();
		transition(secrecy("secrecy-30"), "/api/powers/" + mine + "/secrecy-review", approve(), null)
			.expectStatus().isOk();
		assertThat(getJson(editor("editor-30"), "/api/powers/drafts?size=100").get("items").valueStream()
			.map((item) -> item.get("id").asString())).doesNotContain(mine);
	}

	@Test
	void shouldDiffTheVersionInWorkAgainstThePublicVersionForReviewers() {
		String code = newPowerDraft("editor-32");
		JsonNode first = getJson(reviewer("reviewer-32"), "/api/powers/" + code + "/draft/diff");
		assertThat(first.hasNonNull("previousVersion")).isFalse();
		assertThat(first.get("changes").valueStream().map((change) -> change.get("field").asString())).contains("name",
				"steps", "risk");

		passReviews("/api/powers/" + code, "editor-32");
		transition(editor("editor-32"), "/api/powers/" + code + "/amend", null, null).expectStatus().isCreated();
		Map<String, Object> changed = powerDraft(code);
		changed.put("fees", "不收取任何费用");
		this.web.mutateWith(editor("editor-32")).put().uri("/api/powers/" + code).bodyValue(changed).exchange()
			.expectStatus().isOk();

		this.web.mutateWith(reviewer("reviewer-32")).get().uri("/api/powers/" + code + "/draft/diff").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.version").isEqualTo(2)
			.jsonPath("$.previousVersion").isEqualTo(1)
			.jsonPath("$.changes.length()").isEqualTo(1)
			.jsonPath("$.changes[0].field").isEqualTo("fees")
			.jsonPath("$.changes[0].before").isEqualTo("不收费")
			.jsonPath("$.changes[0].after").isEqualTo("不收取任何费用");
		this.web.get().uri("/api/powers/" + code + "/draft/diff").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void shouldListAndDiffAPolicyDraftLikeAPowerItem() {
		String id = createPolicy(null, policyDraft("湘中税发〔2026〕" + (nextCode++) + "号"))
			.expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
		this.createdPolicies.add(id);

		assertThat(getJson(editor("editor-20"), "/api/policies/drafts?size=100").get("items").valueStream()
			.map((item) -> item.get("id").asString())).contains(id);
		assertThat(getJson(editor("editor-21"), "/api/policies/drafts?size=100").get("items").valueStream()
			.map((item) -> item.get("id").asString())).doesNotContain(id);
		JsonNode diff = getJson(reviewer("reviewer-33"), "/api/policies/" + id + "/draft/diff");
		assertThat(diff.hasNonNull("previousVersion")).isFalse();
		assertThat(diff.get("changes").valueStream()
			.filter((change) -> change.get("field").asString().equals("title"))
			.map((change) -> change.get("after").asString()))
			.containsExactly("关于做好2026年度个人所得税综合所得汇算清缴工作的通知");
	}

	@Test
	void shouldPublishAtPublishAtAndNotBefore() {
		String code = "XZJL-" + nextCode++;
		Map<String, Object> draft = powerDraft(code);
		draft.put("publishAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusSeconds(3).toString());
		this.web.mutateWith(editor("editor-24")).post().uri("/api/powers").bodyValue(draft).exchange()
			.expectStatus().isCreated();
		this.createdPowers.add(code);

		JsonNode approved = passReviews("/api/powers/" + code, "editor-24");

		assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
		assertNotPublic(code);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> this.web.get().uri("/api/powers/" + code).exchange().expectStatus().isOk());
	}

	// --- CSV import ---------------------------------------------------------------------------

	@Test
	void shouldReportEveryBadFieldOfEveryRowAndWriteNothingWhenDryRun() {
		String good = "XZJL-" + nextCode++;
		String bad = "XZJL-" + nextCode++;
		this.createdPowers.addAll(List.of(good, bad));
		String csv = HEADER + row(good, "纳税信用A级纳税人表扬", "XZJL", "30工作日", "NSFWK", "低") + "\n"
				+ row(bad, "", "XZZZ", "三十天", "NOPE", "极高") + "\n";

		JsonNode report = importCsv(csv, true, null).expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();

		assertThat(report.get("rows").asInt()).isEqualTo(2);
		assertThat(report.get("validRows").asInt()).isEqualTo(1);
		assertThat(report.get("invalidRows").asInt()).isEqualTo(1);
		assertThat(report.get("imported").asInt()).isZero();
		assertThat(report.get("errors").valueStream().map((error) -> error.get("line").asInt())).containsOnly(3);
		assertThat(report.get("errors").valueStream().map((error) -> error.get("column").asString()))
			.containsExactlyInAnyOrder("名称", "类别编码", "法定时限", "责任部门编码", "风险等级");
		this.web.mutateWith(editor("importer-1")).get().uri("/api/powers/" + good + "/draft").exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void shouldImportNothingAndAnswer422WhenAnyRowIsBad() {
		String good = "XZJL-" + nextCode++;
		this.createdPowers.add(good);
		String csv = HEADER + row(good, "纳税信用A级纳税人表扬", "XZJL", "30工作日", "NSFWK", "低") + "\n"
				+ row(good, "同一编码再出现一次", "XZJL", "30工作日", "NSFWK", "低") + "\n";

		importCsv(csv, false, null).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].line").isEqualTo(3)
			.jsonPath("$.errors[0].field").isEqualTo("code");
		this.web.mutateWith(editor("importer-1")).get().uri("/api/powers/" + good + "/draft").exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void shouldImportEveryRowAsADraftOnceWhenTheFileIsGoodAndTheKeyIsRepeated() {
		String first = "XZJL-" + nextCode++;
		String second = "XZJL-" + nextCode++;
		this.createdPowers.addAll(List.of(first, second));
		String csv = HEADER + row(first, "纳税信用A级纳税人表扬", "XZJL", "30工作日", "NSFWK", "低") + "\r\n"
				+ row(second, "\"办税\"\"最多跑一次\"\"表扬\"", "XZJL", "15自然日", "BGS", "HIGH") + "\r\n";
		String key = UUID.randomUUID().toString();

		importCsv(csv, false, key).expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(2);
		importCsv(csv, false, key).expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(2);

		this.web.mutateWith(editor("importer-1")).get().uri("/api/powers/" + second + "/draft").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.state").isEqualTo("DRAFT")
			.jsonPath("$.content.name").isEqualTo("办税\"最多跑一次\"表扬")
			.jsonPath("$.content.statutoryLimit.unit").isEqualTo("CALENDAR")
			.jsonPath("$.content.department.name").isEqualTo("办公室")
			.jsonPath("$.content.steps.length()").isEqualTo(2)
			.jsonPath("$.content.legalBasis[0].article").isEqualTo("第二十九条");
		assertThat(transitions(this.web.mutateWith(staff("admin-1", "ADMIN")).get().uri("/api/powers/" + first + "/history")))
			.containsExactly("IMPORT:importer-1");
		// Without the key, the same file is a second import of codes now in use.
		importCsv(csv, false, null).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void shouldRejectAFileThatIsNotUtf8() {
		byte[] gbk = (HEADER).getBytes(java.nio.charset.Charset.forName("GBK"));

		this.web.mutateWith(editor("importer-1")).post().uri("/api/powers/import?dryRun=true")
			.contentType(MediaType.parseMediaType("text/csv")).bodyValue(gbk).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("UTF-8"));
	}

	@Test
	void shouldNameTheMissingColumnsWhenTheHeaderIsIncomplete() {
		importCsv("编码,名称\nXZJL-1,x\n", true, null).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("类别编码"));
	}

	@Test
	void shouldRefuseTheImportToAReviewer() {
		this.web.mutateWith(reviewer("reviewer-1")).post().uri("/api/powers/import?dryRun=true")
			.contentType(MediaType.parseMediaType("text/csv")).bodyValue(HEADER).exchange()
			.expectStatus().isForbidden();
	}

	static final String HEADER = "编码,名称,类别编码,子项,法律依据,办理流程,受理条件,申请材料,法定时限,承诺时限,收费,收费依据,责任部门编码,责任岗位,监督电话,风险等级,风险描述,防控措施,监督责任人\n";

	static String row(String code, String name, String category, String statutory, String department, String risk) {
		return String.join(",", code, name, category, "纳税信用表扬",
				"\"纳税信用管理办法（试行）|第二十九条|对评价为A级的纳税人，税务机关予以激励，如：主动向社会公告。\"",
				"评价|纳税服务科信用管理岗|5；公布|纳税服务科负责人|2", "上一年度纳税信用评价为A级", "无需提交材料", statutory, "10工作日",
				"不收费", "", department, "纳税服务科信用管理岗", "0738-1236603", risk, "评价标准执行不一致", "系统自动评价，人工复核留痕",
				"科（股）室负责人");
	}

	private WebTestClient.ResponseSpec importCsv(String csv, boolean dryRun, String key) {
		WebTestClient.RequestBodySpec request = this.web.mutateWith(editor("importer-1")).post()
			.uri("/api/powers/import?dryRun=" + dryRun)
			.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"));
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.bodyValue(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).exchange();
	}

	// --- helpers -----------------------------------------------------------------------------

	private String newPowerDraft(String editor) {
		String code = "XZJL-" + nextCode++;
		this.web.mutateWith(editor(editor)).post().uri("/api/powers").bodyValue(powerDraft(code)).exchange()
			.expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/powers/" + code)
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1.0\"")
			.expectBody().jsonPath("$.state").isEqualTo("DRAFT");
		this.createdPowers.add(code);
		return code;
	}

	private String publishedPower(String editor) {
		String code = newPowerDraft(editor);
		JsonNode published = passReviews("/api/powers/" + code, editor);
		assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
		return code;
	}

	/** Submit by the editor, approve by a reviewer and a confidentiality reviewer; the last answer. */
	private JsonNode passReviews(String item, String editor) {
		submit(editor(editor), item);
		transition(reviewer("reviewer-9"), item + "/review", approve(), null).expectStatus().isOk();
		return transition(secrecy("secrecy-9"), item + "/secrecy-review", approve(), null)
			.expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private void submit(SecurityMockServerConfigurers.JwtMutator who, String item) {
		transition(who, item + "/submit", null, null).expectStatus().isOk();
	}

	private WebTestClient.ResponseSpec transition(SecurityMockServerConfigurers.JwtMutator who, String path,
			Object body, String ifMatch) {
		WebTestClient.RequestBodySpec request = this.web.mutateWith(who).post().uri(path);
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return (body != null) ? request.bodyValue(body).exchange() : request.exchange();
	}

	private WebTestClient.ResponseSpec createPolicy(String key, Map<String, Object> draft) {
		WebTestClient.RequestBodySpec request = this.web.mutateWith(editor("editor-20")).post().uri("/api/policies");
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.bodyValue(draft).exchange();
	}

	private void assertNotPublic(String code) {
		this.web.get().uri("/api/powers/" + code).exchange().expectStatus().isNotFound();
		this.web.get().uri("/api/powers/" + code + "/versions").exchange().expectStatus().isNotFound();
		JsonNode feed = getJson(null, "/api/powers/changes?after=0&limit=500");
		assertThat(feed.get("items").valueStream().map((item) -> item.get("id").asString())).doesNotContain(code);
	}

	private JsonNode changeOf(String feed, String id) {
		JsonNode changes = getJson(null, feed + "?after=0&limit=500");
		JsonNode found = null;
		for (JsonNode item : changes.get("items")) {
			if (item.get("id").asString().equals(id)) {
				found = item;
			}
		}
		assertThat(found).as("change of %s in %s", id, feed).isNotNull();
		return found;
	}

	private List<String> queued(SecurityMockServerConfigurers.JwtMutator who) {
		JsonNode page = getJson(who, "/api/powers/review-queue?size=100");
		return page.get("items").valueStream().map((item) -> item.get("id").asString()).toList();
	}

	private List<String> transitions(WebTestClient.RequestHeadersSpec<?> request) {
		JsonNode history = request.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
			.getResponseBody();
		return history.valueStream()
			.map((entry) -> entry.get("transition").asString() + ":" + entry.get("actor").asString())
			.toList();
	}

	private JsonNode getJson(SecurityMockServerConfigurers.JwtMutator who, String path) {
		WebTestClient client = (who != null) ? this.web.mutateWith(who) : this.web;
		return client.get().uri(path).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
			.getResponseBody();
	}

	private void remove(String collection, Criteria criteria) {
		this.mongo.remove(Query.query(criteria), collection)
			.as(StepVerifier::create)
			.expectNextCount(1)
			.expectComplete()
			.verify(PATIENCE);
	}

	private static SecurityMockServerConfigurers.JwtMutator staff(String name, String... roles) {
		return jwt(name, roles);
	}

	private static SecurityMockServerConfigurers.JwtMutator jwt(String name, String... roles) {
		GrantedAuthority[] authorities = new GrantedAuthority[roles.length];
		for (int i = 0; i < roles.length; i++) {
			authorities[i] = new SimpleGrantedAuthority("ROLE_" + roles[i]);
		}
		return mockJwt().jwt((jwt) -> jwt.subject(name)).authorities(authorities);
	}

	private static SecurityMockServerConfigurers.JwtMutator editor(String name) {
		return jwt(name, "EDITOR");
	}

	private static SecurityMockServerConfigurers.JwtMutator reviewer(String name) {
		return jwt(name, "REVIEWER");
	}

	private static SecurityMockServerConfigurers.JwtMutator secrecy(String name) {
		return jwt(name, "SECRECY_REVIEWER");
	}

	private static Map<String, Object> approve() {
		return Map.of("decision", "APPROVE");
	}

	static Map<String, Object> powerDraft(String code) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("code", code);
		draft.put("name", "纳税信用A级纳税人表扬");
		draft.put("category", Map.of("code", "XZJL"));
		draft.put("subItem", "纳税信用表扬");
		draft.put("legalBasis", List.of(Map.of("law", "纳税信用管理办法（试行）", "article", "第二十九条", "text",
				"对纳税信用评价为A级的纳税人，税务机关予以激励。")));
		draft.put("steps", List.of(Map.of("order", 1, "name", "评价", "post", "纳税服务科信用管理岗", "timeLimitDays", 5),
				Map.of("order", 2, "name", "公布", "post", "纳税服务科负责人", "timeLimitDays", 2)));
		draft.put("conditions", "上一年度纳税信用评价为A级。");
		draft.put("materials", List.of("无需提交材料"));
		draft.put("statutoryLimit", Map.of("days", 30, "unit", "WORKING"));
		draft.put("committedLimit", Map.of("days", 10, "unit", "WORKING"));
		draft.put("fees", "不收费");
		draft.put("department", Map.of("code", "NSFWK"));
		draft.put("responsiblePost", "纳税服务科信用管理岗");
		draft.put("supervisionPhone", "0738-1236603");
		draft.put("risk", Map.of("level", "LOW", "description", "评价标准执行不一致。", "controls", "系统自动评价，人工复核留痕。",
				"watchedBy", "科（股）室负责人"));
		return draft;
	}

	private static Map<String, Object> policyDraft(String docNumber) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("title", "关于做好2026年度个人所得税综合所得汇算清缴工作的通知");
		draft.put("docNumber", docNumber);
		draft.put("issuer", "湘中市税务局");
		draft.put("issuedOn", "2026-02-10");
		draft.put("effectiveOn", "2026-03-01");
		draft.put("category", "办税指南");
		draft.put("body", "一、汇算时间。\n二、办理方式。");
		return draft;
	}

}
