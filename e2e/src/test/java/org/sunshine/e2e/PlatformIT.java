package org.sunshine.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's APIs through the gateway only, on the suite's one running platform. Killing a service
 * last shows the gateway degrade to a clean 503, so this class runs after the browser journeys.
 */
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2)
class PlatformIT {

	private static final String GATEWAY = Platform.GATEWAY;

	private static final Path WORK = Platform.WORK;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	@Order(1)
	void shouldReadASeededPowerItemThroughTheGateway() throws Exception {
		JsonNode page = json(get("/api/powers?category=XZCF&size=5"), 200);
		assertThat(page.get("total").asLong()).isPositive();
		String code = page.get("items").get(0).get("code").asString();

		HttpResponse<String> item = get("/api/powers/" + code);
		JsonNode body = json(item, 200);
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("category").get("name").asString()).isEqualTo("行政处罚");
		assertThat(body.get("legalBasis")).isNotEmpty();
		assertThat(item.headers().firstValue("ETag")).isPresent();
	}

	@Test
	@Order(2)
	void shouldFileAComplaintAndReadItBackByTrackingNumber() throws Exception {
		String key = UUID.randomUUID().toString();
		String complaint = """
				{"type":"SERVICE","subject":"办税服务厅排队时间过长","content":"上周三上午在第一税务分局办税服务厅等候两个多小时，窗口只开了两个。",
				 "department":"DYFJ","anonymous":true}""";
		JsonNode filed = json(post("/api/complaints", complaint, key), 201);
		String trackingNumber = filed.get("trackingNumber").asString();
		String accessCode = filed.get("accessCode").asString();
		assertThat(filed.get("dueAt").asString()).endsWith("+08:00");

		// A retry with the same key gets the same complaint, not a second one.
		JsonNode retried = json(post("/api/complaints", complaint, key), 201);
		assertThat(retried.get("trackingNumber").asString()).isEqualTo(trackingNumber);

		HttpResponse<String> tracked = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/complaints/" + trackingNumber))
			.header("X-Access-Code", accessCode)
			.GET());
		JsonNode view = json(tracked, 200);
		assertThat(view.get("subject").asString()).isEqualTo("办税服务厅排队时间过长");
		assertThat(view.get("status").asString()).isEqualTo("RECEIVED");

		HttpResponse<String> wrongCode = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/complaints/" + trackingNumber))
			.header("X-Access-Code", "WRONG")
			.GET());
		assertThat(wrongCode.statusCode()).isEqualTo(404);
		assertThat(wrongCode.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	@Order(3)
	void shouldFindASeededPolicyByAChineseWord() {
		String query = URLEncoder.encode("小型微利企业", StandardCharsets.UTF_8);
		// Search is fed asynchronously from disclosure-service's change feed.
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			JsonNode result = json(get("/api/search?q=" + query), 200);
			assertThat(result.get("total").asLong()).isPositive();
			assertThat(result.get("hits").get(0).get("title").asString()).contains("小型微利企业");
		});
	}

	@Test
	@Order(4)
	void shouldSignInStaffAndHaveEveryServiceCheckTheTokenItself() throws Exception {
		String password = Platform.passwordOf("supervisor");

		JsonNode token = json(post("/api/auth/token",
				"{\"username\":\"supervisor\",\"password\":\"" + password + "\"}", null), 200);
		assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
		String bearer = "Bearer " + token.get("access_token").asString();

		HttpResponse<String> wrong = post("/api/auth/token", "{\"username\":\"supervisor\",\"password\":\"nope\"}",
				null);
		assertThat(wrong.statusCode()).isEqualTo(401);

		// Straight to the service port, bypassing the gateway: no token, no entry.
		HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(Platform.SMS_SERVICE + "/api/sms/messages")).GET());
		assertThat(direct.statusCode()).isEqualTo(401);
		assertThat(direct.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/sms/messages"))
			.header("Authorization", bearer)
			.GET());
		assertThat(signedIn.statusCode()).isEqualTo(200);

		// Every staff API is routed, including the complaint time limits an ADMIN edits.
		HttpResponse<String> rules = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/complaint-rules"))
			.header("Authorization", bearer)
			.GET());
		assertThat(rules.statusCode()).isEqualTo(200);
	}

	@Test
	@Order(5)
	void shouldAnswerA503ProblemForAKilledServiceAndKeepTheOthersWorking() throws Exception {
		long searchPid = Long.parseLong(Platform.read(WORK.resolve("data/run/search-service.pid")).trim());
		ProcessHandle search = ProcessHandle.of(searchPid).orElseThrow();
		search.destroyForcibly();
		search.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);

		HttpResponse<String> down = get("/api/search?q=" + URLEncoder.encode("发票", StandardCharsets.UTF_8));
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(down.headers().firstValue("Retry-After")).isPresent();
		assertThat(JSON.readTree(down.body()).get("status").asInt()).isEqualTo(503);

		assertThat(get("/api/powers?size=1").statusCode()).isEqualTo(200);
		assertThat(get("/api/calendar/2025").statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).GET());
	}

	private static HttpResponse<String> post(String path, String body, String idempotencyKey)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		// A hung request fails the test instead of hanging the build.
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response, int expectedStatus) {
		assertThat(response.statusCode()).as("status of %s: %s", response.uri(), response.body())
			.isEqualTo(expectedStatus);
		return JSON.readTree(response.body());
	}

}
