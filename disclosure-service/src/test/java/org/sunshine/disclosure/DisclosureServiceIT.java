package org.sunshine.disclosure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service over real HTTP on one cached context: in-memory embedded MongoDB reached by the
 * reactive driver over loopback, the demo catalog seeded at start, the service-defaults security chain
 * and problem rendering. Tests only read, so their order does not matter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data",
				// Seeded changes are seconds old here; the settling rule has its own unit test.
				"sunshine.disclosure.feed.settle=0s" })
class DisclosureServiceIT {

	/** What seed/*.json holds. */
	private static final int SEEDED_POWERS = 36;

	private static final int SEEDED_POLICIES = 30;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	@LocalServerPort
	private int port;

	private WebTestClient web;

	/** Seeding runs asynchronously after ApplicationReady; wait until the last part (policies) is in. */
	@BeforeEach
	void awaitSeededCatalog() {
		this.web = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(total("/api/powers")).isEqualTo(SEEDED_POWERS);
			assertThat(total("/api/policies")).isEqualTo(SEEDED_POLICIES);
		});
	}

	@Test
	void shouldPageTheCatalogInCodeOrderWhenAskedPageByPage() {
		JsonNode first = getJson("/api/powers?page=0&size=10");
		JsonNode second = getJson("/api/powers?page=1&size=10");
		JsonNode last = getJson("/api/powers?page=3&size=10");

		assertThat(first.get("total").asLong()).isEqualTo(SEEDED_POWERS);
		assertThat(first.get("page").asInt()).isZero();
		assertThat(first.get("size").asInt()).isEqualTo(10);
		assertThat(codes(first)).hasSize(10).isSorted().startsWith("QTQL-0001");
		assertThat(codes(second)).hasSize(10).isSorted().doesNotContainAnyElementsOf(codes(first));
		assertThat(codes(first).getLast()).isLessThan(codes(second).getFirst());
		assertThat(codes(last)).hasSize(SEEDED_POWERS - 30);
	}

	@Test
	void shouldListOnlyThatCategoryWhenFilteredByCategory() {
		JsonNode page = getJson("/api/powers?category=XZCF&size=100");

		assertThat(page.get("total").asLong()).isEqualTo(10);
		assertThat(values(page, "category", "code")).hasSize(10).containsOnly("XZCF");
	}

	@Test
	void shouldListOnlyThatLevelWhenFilteredByRiskLevel() {
		JsonNode page = getJson("/api/powers?riskLevel=HIGH&size=100");

		assertThat(page.get("total").asLong()).isEqualTo(7);
		assertThat(values(page, "risk", "level")).hasSize(7).containsOnly("HIGH");
	}

	@Test
	void shouldCombineFiltersWhenCategoryAndRiskLevelAreGiven() {
		JsonNode page = getJson("/api/powers?category=XZCF&riskLevel=HIGH");

		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(values(page, "category", "code")).containsOnly("XZCF");
		assertThat(values(page, "risk", "level")).containsOnly("HIGH");
	}

	@Test
	void shouldFindItemsByWordsOfTheirNameWhenSearchedWithQ() {
		JsonNode page = this.web.get()
			.uri((uri) -> uri.path("/api/powers").queryParam("q", "{q}").build("税务登记"))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(values(page, "name")).hasSize(3).allMatch((name) -> name.contains("税务登记"));
	}

	@Test
	void shouldTakeRegexCharactersLiterallyWhenSearchedWithQ() {
		JsonNode page = this.web.get()
			.uri((uri) -> uri.path("/api/powers").queryParam("q", "{q}").build(".*"))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(page.get("total").asLong()).isZero();
	}

	@Test
	void shouldAnswerBadRequestProblemWhenTheCodeIsNotACatalogCode() {
		this.web.get()
			.uri("/api/powers/xzcf-1")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("code");
	}

	@Test
	void shouldAnswerNotModifiedWhenTheItemsEtagIsSentBack() {
		String etag = this.web.get()
			.uri("/api/powers/XZCF-0001")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"XZCF-0001-v1-PUBLISHED\"")
			.expectBody()
			.jsonPath("$.code").isEqualTo("XZCF-0001")
			.jsonPath("$.category.code").isEqualTo("XZCF")
			.jsonPath("$.version").isEqualTo(1)
			.jsonPath("$.status").isEqualTo("PUBLISHED")
			.jsonPath("$.legalBasis").isNotEmpty()
			.jsonPath("$.publishedAt").value((String at) -> assertThat(at).endsWith("+08:00"))
			.returnResult()
			.getResponseHeaders()
			.getETag();

		this.web.get()
			.uri("/api/powers/XZCF-0001")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus().isNotModified()
			.expectHeader().valueEquals(HttpHeaders.ETAG, etag)
			.expectBody().isEmpty();
	}

	@Test
	void shouldAnswerProblemInChineseWhenTheCodeIsUnknownAndNoLanguageIsAsked() {
		this.web.get()
			.uri("/api/powers/XZCF-9999")
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.title").isEqualTo("未找到")
			.jsonPath("$.detail").isEqualTo("未找到编码为 XZCF-9999 的已公开权力事项。");
	}

	@Test
	void shouldAnswerProblemInEnglishWhenEnglishIsAsked() {
		this.web.get()
			.uri("/api/powers/XZCF-9999")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.title").isEqualTo("Not found")
			.jsonPath("$.detail").isEqualTo("No published power item has the code XZCF-9999.");
	}

	@Test
	void shouldAnswerBadRequestProblemWhenTheRiskLevelIsUnknown() {
		this.web.get()
			.uri("/api/powers?riskLevel=PURPLE")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.title").isEqualTo("请求有误");
	}

	@Test
	void shouldAnswerBadRequestProblemWithFieldErrorsWhenThePageIsTooLarge() {
		this.web.get()
			.uri("/api/powers?size=1000")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.errors").isArray()
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].field").isEqualTo("size")
			.jsonPath("$.errors[0].message").isNotEmpty();
	}

	@Test
	void shouldListTheRepealedPoliciesWhenFilteredByValidity() {
		JsonNode page = getJson("/api/policies?validity=REPEALED");

		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(values(page, "id")).containsExactly("p-0021", "p-0011");
		assertThat(values(page, "validity")).containsOnly("REPEALED");
	}

	@Test
	void shouldLeaveRepealedPoliciesOutWhenFilteredByValidValidity() {
		JsonNode page = getJson("/api/policies?validity=VALID&size=100");

		assertThat(page.get("total").asLong()).isEqualTo(SEEDED_POLICIES - 2);
		assertThat(values(page, "validity")).containsOnly("VALID");
		assertThat(values(page, "id")).doesNotContain("p-0011", "p-0021");
	}

	@ParameterizedTest(name = "{0}={1} → {2}")
	@CsvSource({ "category, 最新法规, 8", "category, 优惠政策, 9", "issuer, 国家税务总局, 6", "year, 2024, 11",
			"year, 2019, 3", "year, 2000, 0" })
	void shouldListOnlyMatchingPoliciesWhenFiltered(String filter, String value, int expected) {
		JsonNode page = this.web.get()
			.uri((uri) -> uri.path("/api/policies").queryParam(filter, "{v}").queryParam("size", 100).build(value))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(page.get("total").asLong()).isEqualTo(expected);
		assertThat(page.get("items")).hasSize(expected);
		if (filter.equals("year")) {
			assertThat(values(page, "issuedOn")).allMatch((issuedOn) -> issuedOn.startsWith(value + "-"));
		}
		else {
			assertThat(values(page, filter)).containsOnly(value);
		}
	}

	@Test
	void shouldListNewestFirstAndEveryPolicyOnceWhenPagedThroughSmallPages() {
		List<String> ids = new ArrayList<>();
		List<String> issued = new ArrayList<>();
		for (int page = 0; page < 5; page++) {
			JsonNode slice = getJson("/api/policies?size=7&page=" + page);
			ids.addAll(values(slice, "id"));
			issued.addAll(values(slice, "issuedOn"));
		}

		assertThat(ids).hasSize(SEEDED_POLICIES).doesNotHaveDuplicates();
		assertThat(issued).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@ParameterizedTest(name = "{1} finds {0}")
	@CsvSource({
			// seeded as 湘中税发〔2024〕3号
			"p-0007, 湘中税发[2024]3号", "p-0007, 湘中税发（2024）3号", "p-0007, 湘中税发 (２０２４) ３号",
			// seeded as 湘中税发（2024）12号
			"p-0008, 湘中税发〔2024〕12号",
			// seeded as 湘中税发(2025)6号
			"p-0023, 湘中税发〔2025〕6号", "p-0011, 财税〔2019〕13号" })
	void shouldFindTheSamePolicyWhenTheNumberIsWrittenWithOtherBrackets(String id, String docNumber) {
		this.web.get()
			.uri((uri) -> uri.path("/api/policies/by-number").queryParam("docNumber", "{n}").build(docNumber))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().exists(HttpHeaders.ETAG)
			.expectBody()
			.jsonPath("$.id").isEqualTo(id);
	}

	@Test
	void shouldAnswerProblemWhenNoPolicyHasTheNumber() {
		this.web.get()
			.uri((uri) -> uri.path("/api/policies/by-number").queryParam("docNumber", "{n}").build("湘中税发〔1999〕1号"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").isEqualTo("No published policy document matches 湘中税发〔1999〕1号.");
	}

	@Test
	void shouldAnswerNotModifiedWhenThePolicysEtagIsSentBack() {
		String etag = this.web.get()
			.uri("/api/policies/p-0011")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.docNumber").isEqualTo("财税[2019]13号")
			.jsonPath("$.validity").isEqualTo("REPEALED")
			.returnResult()
			.getResponseHeaders()
			.getETag();

		assertThat(etag).isEqualTo("\"p-0011-v1-REPEALED\"");
		this.web.get()
			.uri("/api/policies/p-0011")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus().isNotModified();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/powers/changes", "/api/policies/changes" })
	void shouldFollowTheFeedWithoutGapOrOverlapWhenResumingAfterNext(String feed) {
		JsonNode first = getJson(feed + "?after=0&limit=10");
		long next = first.get("next").asLong();
		JsonNode second = getJson(feed + "?after=" + next + "&limit=10");

		List<Long> firstSequences = sequences(first);
		List<Long> secondSequences = sequences(second);
		assertThat(firstSequences).hasSize(10).isSorted().doesNotHaveDuplicates().allMatch((seq) -> seq > 0);
		assertThat(next).isEqualTo(firstSequences.getLast());
		assertThat(secondSequences).hasSize(10).isSorted().doesNotHaveDuplicates().allMatch((seq) -> seq > next);
		assertThat(second.get("next").asLong()).isEqualTo(secondSequences.getLast());
		Set<String> ids = new HashSet<>(values(first, "id"));
		assertThat(values(second, "id")).doesNotContainAnyElementsOf(ids);
		assertThat(first.get("items").get(0).get("document")).isNotNull();
	}

	@Test
	void shouldKeepNextWhenNothingFollowsTheLastChange() {
		long end = getJson("/api/policies/changes?after=0&limit=500").get("next").asLong();

		JsonNode feed = getJson("/api/policies/changes?after=" + end);

		assertThat(feed.get("items")).isEmpty();
		assertThat(feed.get("next").asLong()).isEqualTo(end);
	}

	@Test
	void shouldListTheTenCategoriesInTheirOrderWhenAsked() {
		this.web.get()
			.uri("/api/power-categories")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(10)
			.jsonPath("$[0].code").isEqualTo("XZXK")
			.jsonPath("$[0].name").isEqualTo("行政许可")
			.jsonPath("$[9].code").isEqualTo("QTQL");
	}

	@Test
	void shouldListTheThirteenDepartmentsWhenAsked() {
		this.web.get()
			.uri("/api/departments")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(13)
			.jsonPath("$[?(@.code == 'BUREAU')].parent").isEmpty();
	}

	@Test
	void shouldAnswerUnauthorizedProblemWhenANonPublicRequestHasNoToken() {
		this.web.post()
			.uri("/api/policies")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"x\"}")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody()
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.title").isEqualTo("需要登录");
	}

	private long total(String path) {
		return getJson(path).get("total").asLong();
	}

	private JsonNode getJson(String path) {
		return this.web.get()
			.uri(path)
			.exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> codes(JsonNode page) {
		return values(page, "code");
	}

	/** The text at {@code path} in every element of {@code items}. */
	private static List<String> values(JsonNode page, String... path) {
		List<String> values = new ArrayList<>();
		for (JsonNode item : page.get("items")) {
			JsonNode node = item;
			for (String name : path) {
				node = node.get(name);
			}
			values.add(node.asString());
		}
		return values;
	}

	private static List<Long> sequences(JsonNode feed) {
		List<Long> sequences = new ArrayList<>();
		feed.get("items").forEach((item) -> sequences.add(item.get("sequence").asLong()));
		return sequences;
	}

}
