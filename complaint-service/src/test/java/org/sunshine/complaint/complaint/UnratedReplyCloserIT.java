package org.sunshine.complaint.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing replies left unrated for seven days, on the shared context and its embedded Mongo. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "sunshine.data-dir=target/it-data" })
class UnratedReplyCloserIT {

	@Autowired
	private UnratedReplyCloser closer;

	@Autowired
	private Workflow workflow;

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private ComplaintStore store;

	@Autowired
	private Clock clock;

	@Test
	void shouldCloseTheReplyLeftUnratedForSevenDaysAndKeepTheRecentOne() {
		Instant now = this.clock.instant();
		Complaint old = repliedAt(now.minus(Duration.ofDays(8)));
		Complaint recent = repliedAt(now.minus(Duration.ofDays(1)));

		this.mongo.insert(old).then(this.mongo.insert(recent)).then(this.closer.closeUnrated())
			.as(StepVerifier::create)
			.assertNext((closed) -> assertThat(closed).isPositive())
			.verifyComplete();

		this.store.findByTrackingNumber(old.trackingNumber())
			.as(StepVerifier::create)
			.assertNext((stored) -> {
				assertThat(stored.status()).isEqualTo(ComplaintStatus.CLOSED);
				assertThat(stored.timeline()).last().satisfies((step) -> assertThat(step.actor()).isEqualTo("SYSTEM"));
			})
			.verifyComplete();
		this.store.findByTrackingNumber(recent.trackingNumber())
			.as(StepVerifier::create)
			.assertNext((stored) -> assertThat(stored.status()).isEqualTo(ComplaintStatus.REPLIED))
			.verifyComplete();
	}

	private Complaint repliedAt(Instant at) {
		String suffix = UUID.randomUUID().toString().replaceAll("[^2-9]", "").concat("234567").substring(0, 6);
		Complaint received = ComplaintFixture.received(true, null, "T240209-" + suffix, null);
		Complaint assigned = this.workflow.assign(this.workflow.accept(received, ComplaintFixture.CLERK, at),
				ComplaintFixture.CLERK, "ZSK", "handler", at);
		return this.workflow.reply(assigned, ComplaintFixture.HANDLER, "答复", at);
	}

}
