package org.sunshine.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sunshine.complaint.privacy.PersonalDataCipher;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filing and following complaints over real HTTP on one cached context: in-memory embedded MongoDB
 * reached by the reactive driver over loopback, the real holiday calendars, the service-defaults
 * security chain and problem rendering. Every test files its own complaints under its own
 * Idempotency-Keys, so order does not matter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class ComplaintServiceIT {

	private static final String TRACKING_NUMBER = "T\\d{6}-[2-9A-HJKMNP-TV-Z]{6}";

	private static final String ACCESS_CODE = "[2-9A-HJKMNP-TV-Z]{27}";

	private static final String NAME = "张测试";

	private static final String PHONE = "13812345678";

	/** Region 999999 belongs to no region: a well-formed number that is nobody's. */
	private static final String ID_NUMBER = idNumber("99999919850615037");

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	@LocalServerPort
	private int port;

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private PersonalDataCipher cipher;

	@Autowired
	private JsonMapper json;

	private WebTestClient web;

	@BeforeEach
	void bindClient() {
		this.web = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void shouldFileTheComplaintWhenAnonymous() {
		JsonNode filed = file(newKey(), anonymous());

		assertThat(filed.get("trackingNumber").asString()).matches(TRACKING_NUMBER);
		assertThat(filed.get("accessCode").asString()).matches(ACCESS_CODE);
		assertThat(filed.get("dueAt").asString()).endsWith("T23:59:59+08:00");
		assertThat(filed.get("status").asString()).isEqualTo("RECEIVED");
		storedComplaint(filed.get("trackingNumber").asString(),
				(stored) -> assertThat(stored).doesNotContainKey("complainant"));
	}

	@Test
	void shouldFileTheComplaintWhenRealName() {
		JsonNode filed = file(newKey(), realName());

		assertThat(filed.get("trackingNumber").asString()).matches(TRACKING_NUMBER);
		assertThat(filed.get("accessCode").asString()).matches(ACCESS_CODE);
		assertThat(filed.get("dueAt").asString()).endsWith("T23:59:59+08:00");
		assertThat(filed.get("status").asString()).isEqualTo("RECEIVED");
	}

	@Test
	void shouldStoreNoPersonalDataInPlainTextWhenRealName() {
		JsonNode filed = file(newKey(), realName());
		String accessCode = filed.get("accessCode").asString();

		storedComplaint(filed.get("trackingNumber").asString(), (stored) -> {
			Document complainant = stored.get("complainant", Document.class);
			assertThat(complainant.getString("name")).isNotBlank().isNotEqualTo(NAME).doesNotContain(NAME);
			assertThat(complainant.getString("phone")).isNotBlank().isNotEqualTo(PHONE).doesNotContain(PHONE);
			assertThat(complainant.getString("idNumber")).isNotBlank().doesNotContain(ID_NUMBER);
			assertThat(complainant.getString("phoneMasked")).isEqualTo("138****5678");
			// Sealed, not thrown away: the service's key opens them.
			assertThat(this.cipher.open(complainant.getString("name"))).isEqualTo(NAME);
			assertThat(this.cipher.open(complainant.getString("idNumber"))).isEqualTo(ID_NUMBER);
			assertThat(stored.toJson()).doesNotContain(NAME, PHONE, ID_NUMBER, accessCode);
			assertThat(stored.getString("accessCodeHash")).isEqualTo(sha256(accessCode));
		});
	}

	/**
	 * An insider with a copy of the database and a suspect in mind reads the plain fields of a complaint,
	 * adds the suspect's name, phone and ID number, and hashes the request the way the service does. If
	 * that equals the stored request hash, the informant is confirmed without the personal-data key.
	 */
	@Test
	void shouldNotLetACopyOfTheDatabaseConfirmWhoComplainedWhenRealName() throws Exception {
		JsonNode filed = file(newKey(), realName());
		Class<?> requestType = Class.forName("org.sunshine.complaint.complaint.FileComplaintRequest");

		storedComplaint(filed.get("trackingNumber").asString(), (stored) -> {
			Map<String, Object> guess = new LinkedHashMap<>();
			for (String plain : List.of("type", "subject", "content", "department", "powerCode")) {
				guess.put(plain, stored.get(plain));
			}
			guess.put("anonymous", false);
			guess.put("name", NAME);
			guess.put("phone", PHONE);
			guess.put("idNumber", ID_NUMBER);
			Object asTheServiceReadsIt = this.json.readValue(this.json.writeValueAsBytes(guess), requestType);
			String guessedHash = sha256(
					new String(this.json.writeValueAsBytes(asTheServiceReadsIt), StandardCharsets.UTF_8));

			assertThat(stored.get("idempotency", Document.class).getString("requestHash")).isNotBlank()
				.isNotEqualTo(guessedHash);
		});
	}

	@Test
	void shouldAnswerTheSameComplaintWhenTheSameRequestIsRetried() {
		String key = newKey();
		JsonNode first = file(key, realName());

		JsonNode retried = file(key, realName());

		assertThat(retried.get("trackingNumber").asString()).isEqualTo(first.get("trackingNumber").asString());
		assertThat(retried.get("accessCode").asString()).isEqualTo(first.get("accessCode").asString());
		assertThat(retried.get("dueAt").asString()).isEqualTo(first.get("dueAt").asString());
		this.mongo.count(Query.query(Criteria.where("idempotency.key").is(key)), "complaints")
			.as(StepVerifier::create)
			.expectNext(1L)
			.verifyComplete();
	}

	@Test
	void shouldFileOneComplaintWhenTheSameRequestArrivesConcurrently() {
		String key = newKey();
		Map<String, Object> request = realName();
		WebClient client = WebClient.create("http://localhost:" + this.port);

		Flux.range(0, 6)
			.flatMap((attempt) -> client.post()
				.uri("/api/complaints")
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(request)
				.retrieve()
				.bodyToMono(JsonNode.class))
			.map((filed) -> filed.get("trackingNumber").asString() + " " + filed.get("accessCode").asString())
			.distinct()
			.as(StepVerifier::create)
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(30));
		this.mongo.count(Query.query(Criteria.where("idempotency.key").is(key)), "complaints")
			.as(StepVerifier::create)
			.expectNext(1L)
			.verifyComplete();
	}

	@Test
	void shouldRefuseTheRequestWhenTheKeyWasUsedForAnotherBody() {
		String key = newKey();
		file(key, realName());
		Map<String, Object> other = realName();
		other.put("subject", "另一件事");

		this.web.post()
			.uri("/api/complaints")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(other)
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(422)
			.jsonPath("$.detail").isEqualTo("该幂等键（Idempotency-Key）已用于另一份不同的请求，提交新的投诉请使用新的键。");
	}

	@Test
	void shouldRefuseTheRequestWhenItHasNoIdempotencyKey() {
		this.web.post()
			.uri("/api/complaints")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(anonymous())
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("Idempotency-Key"));
	}

	@Test
	void shouldShowTheComplaintWithoutPersonalDataWhenTheAccessCodeIsRight() {
		JsonNode filed = file(newKey(), realName());
		String number = filed.get("trackingNumber").asString();
		String accessCode = filed.get("accessCode").asString();

		String body = new String(this.web.get()
			.uri("/api/complaints/{number}", number)
			.header("X-Access-Code", accessCode)
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.trackingNumber").isEqualTo(number)
			.jsonPath("$.type").isEqualTo("CONDUCT")
			.jsonPath("$.subject").isEqualTo("窗口人员态度恶劣")
			.jsonPath("$.status").isEqualTo("RECEIVED")
			.jsonPath("$.channel").isEqualTo("ONLINE")
			.jsonPath("$.dueAt").isEqualTo(filed.get("dueAt").asString())
			.jsonPath("$.replyLimitDays").isEqualTo(5)
			.jsonPath("$.replyLimitUnit").isEqualTo("WORKING")
			.jsonPath("$.timeline[0].action").isEqualTo("FILED")
			.returnResult()
			.getResponseBodyContent(), StandardCharsets.UTF_8);

		assertThat(body).doesNotContain(NAME, PHONE, ID_NUMBER, "138****", accessCode, "PUBLIC", "complainant");
	}

	@Test
	void shouldShowTheComplaintWhenTheAccessCodeIsTypedInLowerCaseWithSpaces() {
		JsonNode filed = file(newKey(), anonymous());
		String accessCode = filed.get("accessCode").asString();
		String typed = accessCode.substring(0, 9).toLowerCase() + " " + accessCode.substring(9);

		this.web.get()
			.uri("/api/complaints/{number}", filed.get("trackingNumber").asString())
			.header("X-Access-Code", typed)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.replyLimitDays").isEqualTo(10);
	}

	@Test
	void shouldAnswerTheSameNotFoundWhenTheCodeIsWrongOrMissingAsWhenTheNumberIsUnknown() {
		JsonNode filed = file(newKey(), anonymous());
		String number = filed.get("trackingNumber").asString();
		String accessCode = filed.get("accessCode").asString();
		String wrongCode = accessCode.substring(0, 26) + ((accessCode.charAt(26) == '2') ? '3' : '2');

		JsonNode wrong = notFound(number, wrongCode);
		JsonNode missing = notFound(number, null);
		JsonNode unknown = notFound("T000101-ZZZZZZ", accessCode);
		JsonNode malformed = notFound("nonsense", accessCode);

		for (JsonNode other : List.of(missing, unknown, malformed)) {
			assertThat(other.propertyNames()).containsExactlyInAnyOrderElementsOf(wrong.propertyNames());
			for (String field : List.of("type", "title", "status", "detail")) {
				assertThat(other.get(field)).as(field).isEqualTo(wrong.get(field));
			}
		}
		assertThat(wrong.get("detail").asString()).isEqualTo("未找到与该查询编号和查询码对应的投诉。");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidRequests")
	void shouldReportTheFieldWhenTheRequestIsInvalid(String why, Map<String, Object> request, String field) {
		this.web.post()
			.uri("/api/complaints")
			.header("Idempotency-Key", newKey())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.errors").isArray()
			.jsonPath("$.errors[*].field").value((List<String> fields) -> assertThat(fields).containsExactly(field))
			.jsonPath("$.errors[0].message").isNotEmpty();
	}

	static Stream<Arguments> invalidRequests() {
		return Stream.of(Arguments.of("empty subject", with(anonymous(), "subject", ""), "subject"),
				Arguments.of("content of 5,001 characters", with(anonymous(), "content", "诉".repeat(5001)), "content"),
				Arguments.of("bad phone", with(realName(), "phone", "1381234567"), "phone"),
				Arguments.of("ID number with a wrong check digit",
						with(realName(), "idNumber", ID_NUMBER.substring(0, 17) + wrongCheck(ID_NUMBER.charAt(17))),
						"idNumber"),
				Arguments.of("anonymous with a name", with(anonymous(), "name", NAME), "name"),
				Arguments.of("real name without phone", with(realName(), "phone", null), "phone"));
	}

	@Test
	void shouldAnswerInEnglishWhenEnglishIsAskedAndTheRequestIsInvalid() {
		this.web.post()
			.uri("/api/complaints")
			.header("Idempotency-Key", newKey())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(with(realName(), "phone", "1381234567"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("phone")
			.jsonPath("$.errors[0].message").isEqualTo("must be a mainland mobile number (11 digits starting with 1)");
	}

	@Test
	void shouldAnswerBadRequestProblemWhenTheBodyIsNotJson() {
		this.web.post()
			.uri("/api/complaints")
			.header("Idempotency-Key", newKey())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"type\": \"CONDUCT\", \"subject\": ")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.title").isEqualTo("请求内容无法解析");
	}

	@Test
	void shouldAnswerUnsupportedMediaTypeProblemWhenTheBodyIsNotDeclaredJson() {
		this.web.post()
			.uri("/api/complaints")
			.header("Idempotency-Key", newKey())
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("窗口人员态度恶劣")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(415)
			.jsonPath("$.title").isEqualTo("不支持的内容类型");
	}

	@Test
	void shouldAnswerUnauthorizedProblemWhenANonPublicRequestHasNoToken() {
		this.web.delete()
			.uri("/api/complaints/T000101-ZZZZZZ")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody()
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.title").isEqualTo("需要登录");
	}

	private JsonNode file(String key, Map<String, Object> request) {
		return this.web.post()
			.uri("/api/complaints")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private JsonNode notFound(String number, String accessCode) {
		return this.web.get()
			.uri("/api/complaints/{number}", number)
			.headers((headers) -> {
				if (accessCode != null) {
					headers.set("X-Access-Code", accessCode);
				}
			})
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(PROBLEM_JSON)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/** The raw stored document, as a copy of the database would show it. */
	private void storedComplaint(String trackingNumber, Consumer<Document> assertions) {
		this.mongo
			.findOne(Query.query(Criteria.where("trackingNumber").is(trackingNumber)), Document.class, "complaints")
			.as(StepVerifier::create)
			.assertNext(assertions)
			.verifyComplete();
	}

	private static Map<String, Object> anonymous() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("type", "SERVICE");
		request.put("subject", "办税服务厅排队时间过长");
		request.put("content", "上午在办税服务厅排队两个多小时，只开了一个窗口。");
		request.put("department", "NSFWK");
		request.put("anonymous", true);
		return request;
	}

	private static Map<String, Object> realName() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("type", "CONDUCT");
		request.put("subject", "窗口人员态度恶劣");
		request.put("content", "办理变更登记时窗口人员态度恶劣，拒绝说明需要补充的材料。");
		request.put("department", "DYFJ");
		request.put("powerCode", "XZCF-0001");
		request.put("anonymous", false);
		request.put("name", NAME);
		request.put("phone", PHONE);
		request.put("idNumber", ID_NUMBER);
		return request;
	}

	private static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
		request.put(field, value);
		return request;
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

	/** GB 11643: weights 2^(17-i) mod 11, check (12 - sum mod 11) mod 11, 10 written X. */
	private static String idNumber(String body) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * ((1 << (17 - i)) % 11);
		}
		int check = (12 - sum % 11) % 11;
		return body + ((check == 10) ? "X" : String.valueOf(check));
	}

	private static char wrongCheck(char right) {
		return (right == '0') ? '1' : '0';
	}

	private static String sha256(String value) throws AssertionError {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new AssertionError(ex);
		}
	}

}
