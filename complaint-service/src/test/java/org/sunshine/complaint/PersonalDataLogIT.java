package org.sunshine.complaint;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sunshine.complaint.ComplaintClientFixture.Filed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.complaint.ComplaintClientFixture.NAME;
import static org.sunshine.complaint.ComplaintClientFixture.PHONE;

/**
 * A real-name complaint goes through intake, handling, an unseal by a supervisor, a wrong access code
 * and an invalid request, with the service's own loggers at DEBUG: its name, phone and ID number must
 * not appear anywhere in the log output.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogIT {

	/** Valid check digit (GB 11643) in region 999999, which belongs to nobody. */
	private static final String ID_NUMBER = "999999198506150378";

	private static final String OWN_CODE = "org.sunshine";

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private LoggingSystem logging;

	private ComplaintClientFixture client;

	@BeforeEach
	void bindClient(ApplicationContext context) {
		WebTestClient web = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.client = new ComplaintClientFixture(web, this.mongo);
		this.logging.setLogLevel(OWN_CODE, LogLevel.DEBUG);
	}

	@AfterEach
	void restoreLevel() {
		this.logging.setLogLevel(OWN_CODE, null);
	}

	@Test
	void shouldLogNoPersonalDataWhenARealNameComplaintIsHandled(CapturedOutput output) {
		Map<String, Object> request = ComplaintClientFixture.realName("DYFJ");
		request.put("idNumber", ID_NUMBER);
		Filed filed = this.client.file(request);
		this.client.accept(filed.number());
		this.client.assign(filed.number(), "ZSK", "handler").expectStatus().isOk();
		this.client.unseal(ComplaintClientFixture.supervisor(), filed.number())
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.idNumber").isEqualTo(ID_NUMBER);
		this.client.as(ComplaintClientFixture.handler())
			.post()
			.uri("/api/complaints/{n}/reply", filed.number())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "已答复"))
			.exchange()
			.expectStatus().isOk();
		this.client.publicStep(new Filed(filed.number(), "B".repeat(27)), "rating", Map.of("grade", "SATISFIED"))
			.expectStatus().isNotFound();
		request.put("idNumber", ID_NUMBER.substring(0, 17) + "0");
		this.client.as(ComplaintClientFixture.clerk())
			.post()
			.uri("/api/complaints")
			.header("Idempotency-Key", "pii-log-invalid")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus().isBadRequest();

		// The steps were logged (so the capture works) ...
		assertThat(output.getOut()).contains(filed.number() + ": identity unsealed by supervisor")
			.contains("Wrong access code for complaint " + filed.number());
		// ... and nobody's identity was.
		assertThat(output.getAll()).doesNotContain(NAME, PHONE, ID_NUMBER, ID_NUMBER.substring(0, 17),
				filed.accessCode());
	}

}
