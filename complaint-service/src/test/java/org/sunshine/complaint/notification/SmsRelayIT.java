package org.sunshine.complaint.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sunshine.complaint.RawComplaintFixture;
import org.sunshine.complaint.privacy.PersonalDataCipher;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay against a local stub of the gateway's token endpoint and of sms-service (a test of this client,
 * not of those services), reading outbox entries written raw with the contract's field names, on the module's
 * one cached context. Each test drives passes at moments it chooses, so backoff needs no waiting.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class SmsRelayIT {

	private static final String PHONE = "13812345678";

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private PersonalDataCipher cipher;

	@Autowired
	private WebClient.Builder webClients;

	@Autowired
	private ReactiveResilience4JCircuitBreakerFactory breakers;

	private StubGateway stub;

	private final Instant now = Instant.parse("2026-11-23T02:00:00Z");

	private final OutboxQueue queue = new OutboxQueue();

	@BeforeEach
	void startStub() throws IOException {
		this.stub = new StubGateway();
	}

	@AfterEach
	void stopStubAndRemoveWhatThisTestWrote() {
		this.stub.close();
		Criteria ours = Criteria.where("trackingNumber").regex("^" + RawComplaintFixture.PREFIX);
		StepVerifier.create(this.mongo.remove(Query.query(ours), RawComplaintFixture.COLLECTION)
			.then(this.mongo.remove(Query.query(ours), "complaint_warnings"))
			.then(this.mongo.remove(Query.query(ours), SmsRelay.FAILURES))).expectNextCount(1).verifyComplete();
	}

	@Test
	void shouldSendEachEntryWithAServiceTokenAndPullItWhenSmsServiceTakesIt() {
		String received = UUID.randomUUID().toString();
		String replied = UUID.randomUUID().toString();
		this.stub.answer(replied, 200);
		String complaint = insertComplaint(received, replied);
		SmsRelay relay = relay(StubGateway.SECRET, null, 20, null);

		StepVerifier.create(relay.relay(this.now)).assertNext((result) -> {
			assertThat(result.ran()).isTrue();
			assertThat(result.sent()).isGreaterThanOrEqualTo(2);
		}).verifyComplete();

		StubGateway.Received first = this.stub.smsFor(received).get(0);
		assertThat(first.authorization()).isEqualTo("Bearer token-1");
		assertThat(first.contentType()).startsWith("application/json");
		assertThat(first.body().get("template").asString()).isEqualTo("COMPLAINT_RECEIVED");
		assertThat(first.body().get("phone").asString()).isEqualTo(PHONE);
		assertThat(first.body().get("priority").asString()).isEqualTo("NORMAL");
		assertThat(first.body().get("params").get("trackingNumber").asString()).isEqualTo(complaint);
		assertThat(first.body().get("params").get("dueDate").asString()).isEqualTo("2026-11-30");
		assertThat(this.stub.smsFor(replied)).hasSize(1);
		assertThat(this.stub.tokenRequests).containsExactly(Map.of("grant_type", "client_credentials", "client_id",
				"complaint-service", "client_secret", StubGateway.SECRET));
		assertThat(outbox(complaint)).isEmpty();

		// Nothing left to send, and the token is kept until 30 s before it expires.
		StepVerifier.create(relay.relay(this.now.plusSeconds(60))).expectNextCount(1).verifyComplete();
		assertThat(this.stub.smsFor(received)).hasSize(1);
		assertThat(this.stub.tokenRequests).hasSize(1);
	}

	@Test
	void shouldBackOffAndSendAgainWhenSmsServiceIsBusyOrDown() {
		String key = UUID.randomUUID().toString();
		this.stub.answer(key, 503, 429, 202);
		String complaint = insertComplaint(key);
		SmsRelay relay = relay(StubGateway.SECRET, null, 20, null);

		StepVerifier.create(relay.relay(this.now)).expectNextCount(1).verifyComplete();
		Document waiting = outbox(complaint).get(0);
		assertThat(waiting.getInteger("attempts")).isEqualTo(1);
		assertThat(waiting.getDate("nextAttemptAt").toInstant()).isEqualTo(this.now.plusSeconds(2));
		assertThat(waiting.getString("lastError")).startsWith("503");

		// Not due yet: nothing is sent.
		StepVerifier.create(relay.relay(this.now.plusSeconds(1))).expectNextCount(1).verifyComplete();
		assertThat(this.stub.smsFor(key)).hasSize(1);

		StepVerifier.create(relay.relay(this.now.plusSeconds(2))).expectNextCount(1).verifyComplete();
		waiting = outbox(complaint).get(0);
		assertThat(waiting.getInteger("attempts")).isEqualTo(2);
		assertThat(waiting.getDate("nextAttemptAt").toInstant()).isEqualTo(this.now.plusSeconds(2 + 4));
		assertThat(waiting.getString("lastError")).startsWith("429");

		StepVerifier.create(relay.relay(this.now.plusSeconds(6))).expectNextCount(1).verifyComplete();
		assertThat(this.stub.smsFor(key)).hasSize(3)
			.extracting((sent) -> sent.body().get("idempotencyKey").asString())
			.containsOnly(key);
		assertThat(outbox(complaint)).isEmpty();
	}

	@Test
	void shouldReadOnlyTheQueuedDocumentsBetweenFullPassesAndEveryDocumentAtTheNextOne() {
		SmsRelay relay = relay(StubGateway.SECRET, null, 20, null);
		// The first scheduled pass reads every document; for the next minute, only those the queue names.
		StepVerifier.create(relay.pass(this.now)).expectNextCount(1).verifyComplete();
		String reported = UUID.randomUUID().toString();
		String unreported = UUID.randomUUID().toString();
		String queued = insertComplaint(reported);
		String notQueued = insertComplaint(unreported);
		this.queue.queued(RawComplaintFixture.COLLECTION, idOf(queued));

		StepVerifier.create(relay.pass(this.now.plusSeconds(1)))
			.assertNext((result) -> assertThat(result.sent()).isEqualTo(1))
			.verifyComplete();
		assertThat(this.stub.smsFor(reported)).hasSize(1);
		assertThat(this.stub.smsFor(unreported)).isEmpty();
		assertThat(outbox(notQueued)).hasSize(1);

		// An empty queue costs nothing until the full pass, which finds the entry nobody reported.
		StepVerifier.create(relay.pass(this.now.plusSeconds(30)))
			.assertNext((result) -> assertThat(result).isEqualTo(RelayResult.EMPTY))
			.verifyComplete();
		StepVerifier.create(relay.pass(this.now.plusSeconds(60))).expectNextCount(1).verifyComplete();
		assertThat(this.stub.smsFor(unreported)).hasSize(1);
		assertThat(outbox(notQueued)).isEmpty();
		assertThat(this.stub.smsFor(reported)).hasSize(1);
	}

	@Test
	void shouldRetryAQueuedEntryWhenItsBackoffEndsWithoutWaitingForAFullPass() {
		SmsRelay relay = relay(StubGateway.SECRET, null, 20, null);
		StepVerifier.create(relay.pass(this.now)).expectNextCount(1).verifyComplete();
		String key = UUID.randomUUID().toString();
		this.stub.answer(key, 503, 202);
		String complaint = insertComplaint(key);
		this.queue.queued(RawComplaintFixture.COLLECTION, idOf(complaint));

		StepVerifier.create(relay.pass(this.now.plusSeconds(1))).expectNextCount(1).verifyComplete();
		assertThat(outbox(complaint).get(0).getDate("nextAttemptAt").toInstant()).isEqualTo(this.now.plusSeconds(3));
		StepVerifier.create(relay.pass(this.now.plusSeconds(2))).expectNextCount(1).verifyComplete();
		assertThat(this.stub.smsFor(key)).hasSize(1);

		StepVerifier.create(relay.pass(this.now.plusSeconds(3))).expectNextCount(1).verifyComplete();
		assertThat(this.stub.smsFor(key)).hasSize(2);
		assertThat(outbox(complaint)).isEmpty();
	}

	@Test
	void shouldRecordAndDropTheEntryWhenSmsServiceRefusesItForGood() {
		String key = UUID.randomUUID().toString();
		this.stub.answer(key, 422);
		String complaint = insertComplaint(key);

		StepVerifier.create(relay(StubGateway.SECRET, null, 20, null).relay(this.now)).expectNextCount(1).verifyComplete();

		assertThat(outbox(complaint)).isEmpty();
		StepVerifier.create(this.mongo.findById(key, Document.class, SmsRelay.FAILURES)).assertNext((failure) -> {
			assertThat(failure.getInteger("status")).isEqualTo(422);
			assertThat(failure.getString("trackingNumber")).isEqualTo(complaint);
			assertThat(failure.getString("template")).isEqualTo("COMPLAINT_RECEIVED");
			assertThat(failure.toJson()).doesNotContain(PHONE);
		}).verifyComplete();
	}

	@Test
	void shouldGiveUpAndRecordTheEntryWhenItStillFailsAtTheLastAttempt() {
		String key = UUID.randomUUID().toString();
		this.stub.answer(key, 500, 500, 500);
		String complaint = insertComplaint(key);
		SmsRelay relay = relay(StubGateway.SECRET, null, 3, null);

		StepVerifier.create(relay.relay(this.now)
			.then(relay.relay(this.now.plusSeconds(2)))
			.then(relay.relay(this.now.plusSeconds(6)))).expectNextCount(1).verifyComplete();

		assertThat(this.stub.smsFor(key)).hasSize(3);
		assertThat(outbox(complaint)).isEmpty();
		StepVerifier.create(this.mongo.findById(key, Document.class, SmsRelay.FAILURES))
			.assertNext((failure) -> assertThat(failure.getString("reason")).startsWith("gave up after 3 attempts"))
			.verifyComplete();
	}

	@Test
	void shouldWaitWithoutTouchingTheOutboxWhenTheSecretIsWrongOrNotThereYet(@TempDir Path data) {
		String key = UUID.randomUUID().toString();
		String complaint = insertComplaint(key);

		StepVerifier.create(relay("wrong-secret", null, 20, null).relay(this.now))
			.assertNext((result) -> assertThat(result.ran()).isFalse())
			.verifyComplete();
		StepVerifier.create(relay(null, data.resolve("gateway/service-client-secret"), 20, null).relay(this.now))
			.assertNext((result) -> assertThat(result.ran()).isFalse())
			.verifyComplete();

		assertThat(this.stub.smsFor(key)).isEmpty();
		assertThat(outbox(complaint)).hasSize(1).allSatisfy((entry) -> assertThat(entry).doesNotContainKey("attempts"));
	}

	@Test
	void shouldReadTheSecretFromTheGatewaysFileWhenNoneIsConfigured(@TempDir Path data) throws IOException {
		Path secret = data.resolve("gateway/service-client-secret");
		Files.createDirectories(secret.getParent());
		Files.writeString(secret, StubGateway.SECRET + "\n");
		String key = UUID.randomUUID().toString();
		String complaint = insertComplaint(key);

		StepVerifier.create(relay(null, secret, 20, null).relay(this.now))
			.assertNext((result) -> assertThat(result.ran()).isTrue())
			.verifyComplete();

		assertThat(this.stub.smsFor(key)).hasSize(1);
		assertThat(outbox(complaint)).isEmpty();
	}

	@Test
	void shouldFetchANewTokenWhenSmsServiceRefusesTheOldOne() {
		String key = UUID.randomUUID().toString();
		this.stub.answer(key, 401);
		String complaint = insertComplaint(key);
		SmsRelay relay = relay(StubGateway.SECRET, null, 20, null);

		StepVerifier.create(relay.relay(this.now).then(relay.relay(this.now.plusSeconds(2))))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(this.stub.smsFor(key)).extracting(StubGateway.Received::authorization)
			.containsExactly("Bearer token-1", "Bearer token-2");
		assertThat(outbox(complaint)).isEmpty();
	}

	@Test
	void shouldRelayTheSmsOfAWarningWhenItWaitsInTheWarningsOutbox() {
		String key = UUID.randomUUID().toString();
		String trackingNumber = RawComplaintFixture.PREFIX + "WARN" + Long.toString(System.nanoTime() % 100000, 36);
		Document warning = new Document("trackingNumber", trackingNumber).append("level", "RED")
			.append("occurrence", 1)
			.append("dueAt", Date.from(this.now.minusSeconds(3600)))
			.append("raisedAt", Date.from(this.now))
			.append("sequence", -1L)
			.append("outbox", List.of(SmsOutbox.entry("WARNING_RED", this.cipher.seal("13800000003"),
					Map.of("trackingNumber", trackingNumber, "dueDate", "2026-11-22"), SmsOutbox.Priority.URGENT, this.now)
				.append("id", key)));
		StepVerifier.create(this.mongo.insert(warning, "complaint_warnings")).expectNextCount(1).verifyComplete();

		StepVerifier.create(relay(StubGateway.SECRET, null, 20, null).relay(this.now)).expectNextCount(1).verifyComplete();

		assertThat(this.stub.smsFor(key)).singleElement().satisfies((sent) -> {
			assertThat(sent.body().get("template").asString()).isEqualTo("WARNING_RED");
			assertThat(sent.body().get("priority").asString()).isEqualTo("URGENT");
			assertThat(sent.body().get("phone").asString()).isEqualTo("13800000003");
		});
		StepVerifier.create(this.mongo.findOne(Query.query(Criteria.where("trackingNumber").is(trackingNumber)),
				Document.class, "complaint_warnings"))
			.assertNext((stored) -> assertThat(stored.getList("outbox", Document.class)).isEmpty())
			.verifyComplete();
	}

	@Test
	void shouldStopCallingSmsServiceWhenItKeepsFailingAndTheBreakerOpens() {
		String breakerId = "sms-service-it-" + UUID.randomUUID();
		this.breakers.configure((builder) -> builder.circuitBreakerConfig(CircuitBreakerConfig.custom()
			.slidingWindowSize(4)
			.minimumNumberOfCalls(4)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofMinutes(5))
			.build()), breakerId);
		ReactiveCircuitBreaker breaker = this.breakers.create(breakerId);
		SmsClient sms = new SmsClient(this.webClients.clone().build(), this.stub.uri(""), Duration.ofSeconds(5), breaker);
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String key = UUID.randomUUID().toString();
			this.stub.answer(key, 503);
			keys.add(key);
		}

		StepVerifier.create(Flux.fromIterable(keys)
			.concatMap((key) -> sms.send(new SmsClient.SendSmsRequest("COMPLAINT_RECEIVED", PHONE,
					Map.of("trackingNumber", "T1", "dueDate", "2026-11-30"), "NORMAL", key), "token"))
			.map((outcome) -> outcome.kind() + " " + outcome.status() + " " + outcome.detail()))
			.expectNext("TRANSIENT_FAILURE 503 {\"status\":503,\"title\":\"stub\"}")
			.expectNextCount(3)
			.expectNext("TRANSIENT_FAILURE 0 CallNotPermittedException", "TRANSIENT_FAILURE 0 CallNotPermittedException")
			.verifyComplete();
		// Four 503s opened the breaker: the last two were never sent.
		assertThat(this.stub.sms.stream().filter((sent) -> keys.contains(sent.body().get("idempotencyKey").asString())))
			.hasSize(4);
	}

	private String insertComplaint(String... outboxIds) {
		Instant receivedAt = this.now.minusSeconds(60);
		RawComplaintFixture complaint = RawComplaintFixture.received(receivedAt, Instant.parse("2026-11-30T15:59:59Z"));
		for (int i = 0; i < outboxIds.length; i++) {
			complaint.outbox(outboxIds[i], (i == 1) ? "COMPLAINT_REPLIED" : "COMPLAINT_RECEIVED",
					this.cipher.seal(PHONE),
					Map.of("trackingNumber", complaint.trackingNumber(), "dueDate", "2026-11-30"), "NORMAL", receivedAt);
		}
		StepVerifier.create(this.mongo.insert(complaint.document(), RawComplaintFixture.COLLECTION))
			.expectNextCount(1)
			.verifyComplete();
		return complaint.trackingNumber();
	}

	private List<Document> outbox(String trackingNumber) {
		AtomicReference<List<Document>> entries = new AtomicReference<>();
		StepVerifier
			.create(this.mongo.findOne(Query.query(Criteria.where("trackingNumber").is(trackingNumber)), Document.class,
					RawComplaintFixture.COLLECTION))
			.consumeNextWith((complaint) -> entries.set(complaint.getList("outbox", Document.class)))
			.verifyComplete();
		return entries.get();
	}

	private Object idOf(String trackingNumber) {
		AtomicReference<Object> id = new AtomicReference<>();
		StepVerifier
			.create(this.mongo.findOne(Query.query(Criteria.where("trackingNumber").is(trackingNumber)), Document.class,
					RawComplaintFixture.COLLECTION))
			.consumeNextWith((complaint) -> id.set(complaint.get("_id")))
			.verifyComplete();
		return id.get();
	}

	private NotificationProperties properties(String secret, Path secretFile, int maxAttempts) {
		return new NotificationProperties(false, Duration.ofSeconds(1), Duration.ofMinutes(1), List.of("complaints", "complaint_warnings"), 100,
				4, this.stub.uri(""), false, Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMinutes(10),
				maxAttempts, Duration.ofSeconds(30), this.stub.uri("/api/auth/token"), "complaint-service", secret,
				secretFile);
	}

	private SmsRelay relay(String secret, Path secretFile, int maxAttempts, ReactiveCircuitBreaker breaker) {
		return relay(properties(secret, secretFile, maxAttempts), breaker);
	}

	private SmsRelay relay(NotificationProperties properties, ReactiveCircuitBreaker breaker) {
		WebClient web = this.webClients.clone().build();
		Clock fixed = Clock.fixed(this.now, ZoneOffset.UTC);
		SmsClient sms = new SmsClient(web, properties.smsUri(), properties.timeout(), breaker);
		// The token cache runs on a clock fixed at the test's moment, as the relay's passes do.
		ServiceTokenClient tokens = new ServiceTokenClient(web, properties, fixed);
		return new SmsRelay(this.mongo, sms, tokens, this.cipher, properties, this.queue, fixed);
	}

}
