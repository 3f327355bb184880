package org.sunshine.defaults.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sunshine.defaults.ServiceDefaultsITSupport;
import org.sunshine.defaults.TestTokens;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on the embedded store through the reactive driver: staff writes are recorded,
 * anonymous ones are not, and the verifier finds an entry that was changed or removed behind the
 * application's back. Each tampering test puts the entry back, so the shared chain stays intact.
 */
class AuditTrailIT extends ServiceDefaultsITSupport {

	private static final String ADMIN = "Bearer " + TestTokens.staff("admin", "ADMIN");

	@Autowired
	WebTestClient web;

	@Autowired
	AuditTrail trail;

	@Autowired
	ReactiveMongoOperations mongo;

	@Test
	void shouldRecordAStaffWriteWithWhoAndWhatAndTheAnswer() {
		post("/api/things?phone=13800138000", TestTokens.staff("clerk-7", "CLERK", "HANDLER"), "audit-test-0001", "x")
			.expectStatus()
			.isOk();

		StepVerifier.create(entriesOf("audit-test-0001"))
			.assertNext((entry) -> {
				assertThat(entry.actor()).isEqualTo("clerk-7");
				assertThat(entry.roles()).isEqualTo("CLERK,HANDLER");
				assertThat(entry.action()).isEqualTo("POST /api/things");
				assertThat(entry.outcome()).isEqualTo("200");
			})
			.verifyComplete();
	}

	@Test
	void shouldNotRecordAnAnonymousWrite() {
		post("/api/public/things", null, "audit-test-anon1", "x").expectStatus().isOk();

		StepVerifier.create(entriesOf("audit-test-anon1")).verifyComplete();
	}

	@Test
	void shouldNotRecordAServicesOwnCall() {
		post("/api/things", TestTokens.staff("complaint-service", "SERVICE"), "audit-test-svc01", "x")
			.expectStatus()
			.isOk();

		StepVerifier.create(entriesOf("audit-test-svc01")).verifyComplete();
	}

	@Test
	void shouldRecordARefusedStaffWriteWithItsStatus() {
		post("/api/things", TestTokens.staff("clerk-8", "CLERK"), "audit-test-0002", "")
			.expectStatus()
			.isBadRequest();

		StepVerifier.create(entriesOf("audit-test-0002"))
			.assertNext((entry) -> assertThat(entry.outcome()).isEqualTo("400"))
			.verifyComplete();
	}

	@Test
	void shouldLinkConcurrentAppendsIntoOneUnbrokenChain() {
		var appends = Flux.range(0, 40)
			.flatMap((i) -> this.trail.record(new AuditEvent("svc", "SERVICE", "concurrent", "t" + i, "OK", null, null)),
					16);
		StepVerifier.create(appends.count()).expectNext(40L).verifyComplete();
		StepVerifier.create(this.trail.verify())
			.assertNext((verification) -> assertThat(verification.intact()).as(verification.problem()).isTrue())
			.verifyComplete();
	}

	@Test
	void shouldContinueTheChainWhenAWriterStoppedBeforeMovingTheHead() {
		AuditEntry last = this.trail.record(new AuditEvent("admin", "ADMIN", "before", null, "OK", null, null)).block();
		// What a writer that crashed between its two writes leaves behind: an entry the head does not know.
		AuditEntry orphan = AuditEntry.link(last.sequence() + 1, last.at(),
				new AuditEvent("admin", "ADMIN", "orphan", null, "OK", null, null), last.hash());
		this.mongo.insert(orphan).block();

		StepVerifier.create(this.trail.record(new AuditEvent("admin", "ADMIN", "after", null, "OK", null, null)))
			.assertNext((entry) -> {
				assertThat(entry.sequence()).isEqualTo(orphan.sequence() + 1);
				assertThat(entry.previousHash()).isEqualTo(orphan.hash());
			})
			.verifyComplete();
		StepVerifier.create(this.trail.verify())
			.assertNext((verification) -> assertThat(verification.intact()).as(verification.problem()).isTrue())
			.verifyComplete();
	}

	@Test
	void shouldFindAnEntryWhoseContentWasChanged() {
		AuditEntry entry = this.trail
			.record(new AuditEvent("supervisor-1", "SUPERVISOR", "complaint.identity.read", "T240209-ABCDEF", "OK", null,
					Map.of("reason", "investigation")))
			.block();
		AuditEntry forged = new AuditEntry(entry.sequence(), entry.at(), "someone-else", entry.roles(), entry.action(),
				entry.target(), entry.outcome(), entry.requestId(), entry.detail(), entry.previousHash(), entry.hash());
		try {
			this.mongo.save(forged).block();
			StepVerifier.create(this.trail.verify()).assertNext((verification) -> {
				assertThat(verification.intact()).isFalse();
				assertThat(verification.brokenAt()).isEqualTo(entry.sequence());
			}).verifyComplete();
		}
		finally {
			this.mongo.save(entry).block();
		}
		StepVerifier.create(this.trail.verify())
			.assertNext((verification) -> assertThat(verification.intact()).isTrue())
			.verifyComplete();
	}

	@Test
	void shouldFindAnEntryThatWasRemoved() {
		AuditEntry removed = this.trail.record(new AuditEvent("admin", "ADMIN", "x", null, "OK", null, null)).block();
		this.trail.record(new AuditEvent("admin", "ADMIN", "y", null, "OK", null, null)).block();
		try {
			this.mongo.remove(removed).block();
			StepVerifier.create(this.trail.verify()).assertNext((verification) -> {
				assertThat(verification.intact()).isFalse();
				assertThat(verification.brokenAt()).isEqualTo(removed.sequence() + 1);
				assertThat(verification.problem()).contains("missing");
			}).verifyComplete();
		}
		finally {
			this.mongo.insert(removed).block();
		}
	}

	@Test
	void shouldAnswerTheVerifierToAdminOnly() {
		this.web.get()
			.uri("/audit/verification")
			.header("Authorization", ADMIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true)
			.jsonPath("$.headHash")
			.value((hash) -> assertThat(hash.toString()).hasSize(64));
		this.web.get()
			.uri("/audit/verification")
			.header("Authorization", "Bearer " + TestTokens.staff("clerk-7", "CLERK"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.web.get().uri("/audit/verification").exchange().expectStatus().isUnauthorized();
	}

	/** A JSON write to the test application, with a bearer token unless {@code token} is null. */
	private WebTestClient.ResponseSpec post(String uri, String token, String requestId, String name) {
		return this.web.post()
			.uri(uri)
			.headers((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
				headers.set("X-Request-Id", requestId);
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", name))
			.exchange();
	}

	private Flux<AuditEntry> entriesOf(String requestId) {
		return this.trail.entries(0, 5000).filter((entry) -> requestId.equals(entry.requestId()));
	}

}
