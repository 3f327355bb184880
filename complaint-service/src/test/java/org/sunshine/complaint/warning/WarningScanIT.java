package org.sunshine.complaint.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.RawComplaintFixture;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import org.sunshine.complaint.notification.OutboxQueue;
import org.sunshine.complaint.privacy.PersonalDataCipher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning scan on the module's one cached context (same properties as every IT here): complaints are
 * written raw into {@code complaints} with the contract's field names, and the scan is run at chosen moments
 * of 2024 (real holidays and 调休), so nothing waits for the clock.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class WarningScanIT {

	/** Due Thursday 22 Feb 2024, the first week after the Spring Festival. */
	static final Instant DUE = at("2024-02-22T23:59:59+08:00");

	static final Instant RECEIVED = at("2024-02-09T10:00:00+08:00");

	static final Instant BLUE_TIME = at("2024-02-20T10:00:00+08:00");

	static final Instant YELLOW_TIME = at("2024-02-22T10:00:00+08:00");

	static final Instant RED_TIME = at("2024-02-23T10:00:00+08:00");

	/** The Monday after: one more working day overdue. */
	static final Instant SECOND_RED_TIME = at("2024-02-26T10:00:00+08:00");

	@Autowired
	private WarningScan scan;

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private DeadlineCalculator calculator;

	@Autowired
	private WarningRepository warnings;

	@Autowired
	private PersonalDataCipher cipher;

	@Autowired
	private WarningProperties properties;

	@Autowired
	private Clock clock;

	@AfterEach
	void removeWhatThisTestWrote() {
		removeRawComplaints(this.mongo);
	}

	@Test
	void shouldRaiseBlueYellowAndRedOnceEachWhenScannedAgainAndAgainAndAfterARestart() {
		String complaint = insert(RawComplaintFixture.assigned("ZSK", "handler", RECEIVED, DUE));

		scanAt(BLUE_TIME);
		scanAt(BLUE_TIME);
		scanAt(at("2024-02-21T10:00:00+08:00"));
		scanAt(YELLOW_TIME);
		scanAt(YELLOW_TIME);
		scanAt(RED_TIME);
		scanAt(at("2024-02-25T10:00:00+08:00"));
		scanAt(SECOND_RED_TIME);
		// A restarted replica remembers nothing: the unique index still keeps each warning once.
		StepVerifier.create(replica("restarted").scan(SECOND_RED_TIME))
			.assertNext((result) -> assertThat(result.raised()).isZero())
			.verifyComplete();

		assertThat(levels(complaint)).containsExactly("BLUE/1", "YELLOW/1", "RED/1", "RED/2");
	}

	@Test
	void shouldReachMorePeopleAtEachLevelBySmsThroughTheOutboxWhenRaised() {
		String complaint = insert(RawComplaintFixture.assigned("ZSK", "handler", RECEIVED, DUE));

		scanAt(BLUE_TIME);
		scanAt(YELLOW_TIME);
		scanAt(RED_TIME);

		List<Document> raised = warningsOf(complaint);
		assertThat(raised).hasSize(3);
		assertThat(recipients(raised.get(0))).containsExactly("handler/HANDLER");
		assertThat(recipients(raised.get(1))).containsExactly("handler/HANDLER", "unit-head/UNIT_HEAD");
		assertThat(recipients(raised.get(2))).containsExactly("handler/HANDLER", "unit-head/UNIT_HEAD",
				"supervisor/SUPERVISION_CENTER");
		assertThat(sms(raised.get(0))).containsExactly("WARNING_BLUE NORMAL 13800000001");
		assertThat(sms(raised.get(1))).containsExactly("WARNING_YELLOW NORMAL 13800000001",
				"WARNING_YELLOW NORMAL 13800000002");
		assertThat(sms(raised.get(2))).containsExactly("WARNING_RED URGENT 13800000001",
				"WARNING_RED URGENT 13800000002", "WARNING_RED URGENT 13800000003");
		Document entry = raised.get(2).getList("outbox", Document.class).get(0);
		assertThat(entry.get("params", Document.class))
			.isEqualTo(new Document(Map.of("trackingNumber", complaint, "dueDate", "2024-02-22")));
		assertThat(entry.getString("id")).isNotBlank();
		assertThat(entry.getDate("createdAt").toInstant()).isEqualTo(RED_TIME);
		// Phones are stored sealed, never in clear.
		assertThat(raised.get(2).toJson()).doesNotContain("13800000001", "13800000002", "13800000003");
	}

	@Test
	void shouldNotWarnWhenSuspendedRepliedClosedOrWithdrawn() {
		String suspended = insert(
				RawComplaintFixture.assigned("ZSK", "handler", RECEIVED, DUE).set("suspendedAt", at("2024-02-19T09:00:00+08:00")));
		String replied = insert(RawComplaintFixture.assigned("ZSK", "handler", RECEIVED, DUE).set("status", "REPLIED"));
		String closed = insert(RawComplaintFixture.assigned("ZSK", "handler", RECEIVED, DUE).set("status", "CLOSED"));
		String withdrawn = insert(RawComplaintFixture.received(RECEIVED, DUE)
			.set("status", "WITHDRAWN")
			.set("acceptDueAt", at("2024-02-18T23:59:59+08:00")));

		scanAt(YELLOW_TIME);
		scanAt(RED_TIME);

		for (String complaint : List.of(suspended, replied, closed, withdrawn)) {
			assertThat(levels(complaint)).as(complaint).isEmpty();
		}
	}

	@Test
	void shouldWarnTheSupervisionCenterWhenAcceptanceTakesMoreThanOneWorkingDay() {
		// Received Friday 9 Feb 2024: its one working day to accept is the worked Sunday 18 Feb.
		String complaint = insert(RawComplaintFixture.received(RECEIVED, at("2024-02-29T23:59:59+08:00"))
			.set("acceptDueAt", at("2024-02-18T23:59:59+08:00")));
		String accepted = insert(RawComplaintFixture.received(RECEIVED, at("2024-02-29T23:59:59+08:00"))
			.set("status", "ACCEPTED")
			.set("acceptedAt", at("2024-02-18T09:00:00+08:00"))
			.set("acceptDueAt", at("2024-02-18T23:59:59+08:00")));

		scanAt(at("2024-02-18T20:00:00+08:00"));
		assertThat(levels(complaint)).isEmpty();

		scanAt(at("2024-02-19T08:00:00+08:00"));
		scanAt(at("2024-02-19T09:00:00+08:00"));

		assertThat(levels(complaint)).containsExactly("ACCEPTANCE/1");
		assertThat(recipients(warningsOf(complaint).get(0))).containsExactly("supervisor/SUPERVISION_CENTER");
		assertThat(levels(accepted)).isEmpty();
	}

	@Test
	void shouldWarnAboutTheNewDeadlineWhenTheDeadlineMoves() {
		String complaint = insert(RawComplaintFixture.assigned("ZSK", "handler", RECEIVED, DUE));
		scanAt(YELLOW_TIME);

		// A suspension ended (or the complaint was reopened): the workflow moved dueAt to Thursday 29 Feb.
		StepVerifier.create(this.mongo.updateFirst(Query.query(Criteria.where("trackingNumber").is(complaint)),
				new Update().set("dueAt", Date.from(at("2024-02-29T23:59:59+08:00"))),
				RawComplaintFixture.COLLECTION))
			.expectNextCount(1)
			.verifyComplete();
		scanAt(RED_TIME);
		scanAt(at("2024-02-27T10:00:00+08:00"));

		assertThat(levels(complaint)).containsExactly("YELLOW/1", "BLUE/1");
	}

	@Test
	void shouldRecordEachWarningOnceWhenTwoReplicasScanAtTheSameTime() {
		List<String> complaints = IntStream.range(0, 60)
			.mapToObj((i) -> insert(RawComplaintFixture.assigned("ZSK", "handler", RECEIVED, DUE)))
			.toList();
		WarningScan first = replica("replica-a");
		WarningScan second = replica("replica-b");

		StepVerifier.create(Mono.zip(first.scan(RED_TIME), second.scan(RED_TIME)))
			.assertNext((both) -> {
				assertThat(both.getT1().ran() || both.getT2().ran()).isTrue();
				assertThat(both.getT1().raised() + both.getT2().raised()).isEqualTo(complaints.size());
			})
			.verifyComplete();
		StepVerifier.create(Mono.zip(first.scan(RED_TIME), second.scan(RED_TIME)))
			.assertNext((both) -> assertThat(both.getT1().raised() + both.getT2().raised()).isZero())
			.verifyComplete();

		StepVerifier.create(this.mongo.count(Query.query(Criteria.where("trackingNumber").in(complaints)),
				WarningRepository.COLLECTION))
			.expectNext((long) complaints.size())
			.verifyComplete();
	}

	@Test
	void shouldGiveTheLeaseToOneReplicaUntilItExpiresWhenTwoAskForIt() {
		SchedulerLease lease = new SchedulerLease(this.mongo, "test-lease-" + UUID.randomUUID(), Duration.ofMinutes(2));
		Instant now = this.clock.instant();

		StepVerifier.create(lease.tryAcquire("a", now)).expectNext(true).verifyComplete();
		StepVerifier.create(lease.tryAcquire("b", now.plusSeconds(60))).expectNext(false).verifyComplete();
		StepVerifier.create(lease.tryAcquire("a", now.plusSeconds(90))).expectNext(true).verifyComplete();
		// Renewed at +90 s, so it holds until +210 s.
		StepVerifier.create(lease.tryAcquire("b", now.plusSeconds(200))).expectNext(false).verifyComplete();
		StepVerifier.create(lease.tryAcquire("b", now.plusSeconds(211))).expectNext(true).verifyComplete();
		StepVerifier.create(lease.tryAcquire("a", now.plusSeconds(212))).expectNext(false).verifyComplete();
		StepVerifier.create(lease.release("b").then(lease.tryAcquire("a", now.plusSeconds(213))))
			.expectNext(true)
			.verifyComplete();
	}

	@Test
	void shouldLetOnlyOneOfTwoReplicasInWhenBothTakeAFreshLeaseAtOnce() {
		SchedulerLease lease = new SchedulerLease(this.mongo, "test-lease-" + UUID.randomUUID(), Duration.ofMinutes(2));
		Instant now = this.clock.instant();

		StepVerifier
			.create(Flux.range(0, 8).flatMap((i) -> lease.tryAcquire("replica-" + i, now)).filter((held) -> held).count())
			.expectNext(1L)
			.verifyComplete();
	}

	static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}

	static void removeRawComplaints(ReactiveMongoTemplate mongo) {
		Criteria ours = Criteria.where("trackingNumber").regex("^" + RawComplaintFixture.PREFIX);
		StepVerifier.create(mongo.remove(Query.query(ours), RawComplaintFixture.COLLECTION)
			.then(mongo.remove(Query.query(ours), WarningRepository.COLLECTION))).expectNextCount(1).verifyComplete();
	}

	private WarningScan replica(String owner) {
		return new WarningScan(owner, this.mongo, this.calculator, this.warnings, this.cipher, this.properties, new OutboxQueue(),
				this.clock);
	}

	private void scanAt(Instant now) {
		StepVerifier.create(this.scan.scan(now))
			.assertNext((result) -> assertThat(result.failed()).isZero())
			.verifyComplete();
	}

	private String insert(RawComplaintFixture complaint) {
		StepVerifier.create(this.mongo.insert(complaint.document(), RawComplaintFixture.COLLECTION))
			.expectNextCount(1)
			.verifyComplete();
		return complaint.trackingNumber();
	}

	private List<Document> warningsOf(String trackingNumber) {
		Query query = Query.query(Criteria.where("trackingNumber").is(trackingNumber))
			.with(Sort.by(WarningRepository.SEQUENCE));
		AtomicReference<List<Document>> found = new AtomicReference<>();
		StepVerifier.create(this.mongo.find(query, Document.class, WarningRepository.COLLECTION).collectList())
			.consumeNextWith(found::set)
			.verifyComplete();
		return found.get();
	}

	private List<String> levels(String trackingNumber) {
		return warningsOf(trackingNumber).stream()
			.map((warning) -> warning.getString("level") + "/" + warning.getInteger("occurrence"))
			.toList();
	}

	private static List<String> recipients(Document warning) {
		return warning.getList("recipients", Document.class)
			.stream()
			.map((recipient) -> recipient.getString("username") + "/" + recipient.getString("role"))
			.toList();
	}

	private List<String> sms(Document warning) {
		return warning.getList("outbox", Document.class)
			.stream()
			.map((entry) -> entry.getString("template") + " " + entry.getString("priority") + " "
					+ this.cipher.open(entry.getString("recipient")))
			.toList();
	}

}
