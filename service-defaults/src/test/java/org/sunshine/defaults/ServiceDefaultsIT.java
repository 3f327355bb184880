package org.sunshine.defaults;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.ObservationWebFilterChainDecorator;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service gets from service-defaults, checked on a small application over real HTTP:
 * problem+json in the request's language, the JWT gate with public paths, request ids, and the
 * embedded MongoDB behind the readiness probe.
 */
class ServiceDefaultsIT extends ServiceDefaultsITSupport {

	@Autowired
	WebTestClient web;

	@Test
	void shouldRefuseAProtectedPathWithoutATokenAsProblem() {
		this.web.get()
			.uri("/api/things")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.title")
			.isEqualTo("需要登录");
	}

	@Test
	void shouldReportEachInvalidFieldInChineseByDefault() {
		this.web.post()
			.uri("/api/public/things")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "", "note", "x".repeat(11)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("请求有误")
			.jsonPath("$.errors.length()")
			.isEqualTo(2)
			.jsonPath("$.errors[?(@.field == 'name')].message")
			.isEqualTo("不能为空")
			.jsonPath("$.errors[?(@.field == 'note')].message")
			.value((message) -> assertThat(message.toString()).contains("0").contains("10"));
	}

	@Test
	void shouldReportEachInvalidFieldInEnglishWhenAsked() {
		this.web.post()
			.uri("/api/public/things")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", ""))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Bad request")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not be blank");
	}

	@Test
	void shouldReportAnInvalidQueryParameterByName() {
		this.web.get()
			.uri("/api/public/things?limit=500")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("limit");
	}

	@Test
	void shouldNameTheBodysFieldsWhenTheHeaderIsValidatedToo() {
		// A constrained header switches Spring to method validation; fields must still be named.
		this.web.post()
			.uri("/api/public/keyed-things")
			.header("Key", "toolong")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", ""))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'name')].message")
			.isEqualTo("不能为空")
			.jsonPath("$.errors[?(@.field == 'key')]")
			.exists();
	}

	@Test
	void shouldAnswerUnreadableJsonWithAProblem() {
		this.web.post()
			.uri("/api/public/things")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("请求内容无法解析");
	}

	@Test
	void shouldNameTheFieldWhoseValueIsOfTheWrongKind() {
		this.web.post()
			.uri("/api/public/things")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"a\",\"level\":\"PURPLE\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title").isEqualTo("请求有误")
			.jsonPath("$.errors[0].field").isEqualTo("level")
			.jsonPath("$.errors[0].message").isEqualTo("须为以下之一：HIGH, MEDIUM, LOW");
		this.web.post()
			.uri("/api/public/things")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"a\",\"parts\":[{\"on\":\"2024-02-01\",\"count\":1},{\"on\":\"2024-13-45\",\"count\":1}]}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("parts[1].on")
			.jsonPath("$.errors[0].message").isEqualTo("must be a date as YYYY-MM-DD");
		this.web.post()
			.uri("/api/public/things")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"a\",\"parts\":[{\"count\":\"many\"}]}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("parts[0].count")
			.jsonPath("$.errors[0].message").isEqualTo("须为整数");
		this.web.post()
			.uri("/api/public/things")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"a\",\"parts\":[{\"on\":\"2024-02-01\"}]}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("parts[0].count")
			.jsonPath("$.errors[0].message").isEqualTo("不能为空");
	}

	@Test
	void shouldAnswerAnUnknownPathWithAProblem() {
		this.web.get()
			.uri("/api/public/nothing-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.type")
			.isEqualTo("about:blank");
	}

	@Test
	void shouldAnswerAWrongContentTypeWith415Problem() {
		this.web.post()
			.uri("/api/public/things")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("name=x")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldNameTheAllowedMethodsInA405Problem() {
		this.web.delete()
			.uri("/api/public/things")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.ALLOW, (allow) -> assertThat(allow).contains("GET").contains("POST"));
	}

	@Test
	void shouldKeepAPlainRequestIdAndReplaceAForgedOne() {
		this.web.get()
			.uri("/api/public/things")
			.header("X-Request-Id", "abc12345-request")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "abc12345-request");
		this.web.get()
			.uri("/api/public/things")
			.header("X-Request-Id", "forged <id> with spaces")
			.exchange()
			.expectHeader()
			.value("X-Request-Id", (id) -> assertThat(id).matches("[0-9a-f]{32}"));
	}

	@Test
	void shouldBeReadyOnlyWithTheEmbeddedStoreUp() {
		this.web.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mongo.status")
			.isEqualTo("UP");
	}

	@Test
	void shouldNotFormatALogMessageWhoseLevelIsOff() {
		// Spring's classes log through Commons Logging; org.sunshine is at INFO, so debug is off here.
		Log log = LogFactory.getLog(ServiceDefaultsIT.class);
		AtomicInteger formatted = new AtomicInteger();
		Object message = new Object() {

			@Override
			public String toString() {
				formatted.incrementAndGet();
				return "costly";
			}

		};
		assertThat(log.isDebugEnabled()).isFalse();
		log.debug(message);
		log.info(message);
		assertThat(formatted).as("only the enabled statement formats its message").hasValue(1);
	}

	@Test
	void shouldNotWrapTheSecurityFiltersInObservations(@Autowired WebFilterChainProxy securityChain) {
		assertThat(ReflectionTestUtils.getField(securityChain, "filterChainDecorator"))
			.isNotInstanceOf(ObservationWebFilterChainDecorator.class);
	}

	@SpringBootApplication
	static class TestApplication {

		@RestController
		static class ThingController {

			@PostMapping("/api/public/things")
			Mono<Thing> create(@Valid @RequestBody Thing thing) {
				return Mono.just(thing);
			}

			@PostMapping("/api/public/keyed-things")
			Mono<Thing> createKeyed(@RequestHeader("Key") @Size(max = 5) String key, @Valid @RequestBody Thing thing) {
				return Mono.just(thing);
			}

			@PostMapping("/api/things")
			Mono<Thing> createAsStaff(@Valid @RequestBody Thing thing) {
				return Mono.just(thing);
			}

			@GetMapping({ "/api/public/things", "/api/things" })
			Mono<Map<String, Integer>> list(@RequestParam(defaultValue = "10") @Max(100) int limit) {
				return Mono.just(Map.of("limit", limit));
			}

		}

		record Thing(@NotBlank String name, @Size(max = 10) String note, Level level, List<Part> parts) {
		}

		enum Level {

			HIGH, MEDIUM, LOW

		}

		record Part(LocalDate on, int count) {
		}

	}

}
