package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.complaint.complaint.ComplaintFixture.CLERK;
import static org.sunshine.complaint.complaint.ComplaintFixture.HANDLER;
import static org.sunshine.complaint.complaint.ComplaintFixture.SUPERVISOR;

/**
 * What the workflow needs of the store, written once and run on every store: the embedded wire-protocol
 * server always ({@link ComplaintStoreEmbeddedIT}), a real MongoDB where Docker exists
 * ({@link ComplaintStoreContainerIT}).
 */
abstract class ComplaintStoreContract {

	private static final Instant NOW = ComplaintFixture.RECEIVED.plusSeconds(3600);

	@Autowired
	private ComplaintStore store;

	@Autowired
	private Workflow workflow;

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Test
	void shouldWriteOnlyTheFirstStepWhenTwoWritersHoldTheSameVersion() {
		Complaint before = inserted(ComplaintFixture.received(false, null, newNumber(), null));

		this.store.write(before, this.workflow.accept(before, CLERK, NOW), null)
			.as(StepVerifier::create)
			.assertNext((written) -> {
				assertThat(written.status()).isEqualTo(ComplaintStatus.ACCEPTED);
				assertThat(written.version()).isEqualTo(before.version() + 1);
			})
			.verifyComplete();
		this.store.write(before, this.workflow.reject(before, SUPERVISOR, "重复投诉", NOW), null)
			.as(StepVerifier::create)
			.verifyComplete();
	}

	@Test
	void shouldNotBringBackAnSmsTheRelayRemovedWhenALaterStepQueuesAnother() {
		Complaint received = ComplaintFixture.received(true, null, newNumber(), null);
		ComplaintEdit withSms = new ComplaintEdit(received);
		withSms.outbox.add(new OutboxEntry(UUID.randomUUID().toString(), OutboxEntry.RECEIVED, "sealed-phone",
				Map.of("trackingNumber", received.trackingNumber(), "dueDate", "2024-02-22"), "NORMAL", NOW));
		Complaint assigned = inserted(this.workflow.assign(this.workflow.accept(withSms.build(), CLERK, NOW), CLERK,
				"ZSK", "handler", NOW));
		String relayed = assigned.outbox().get(0).id();
		// The relay reads raw field names: the entry's id is stored as "id".
		this.mongo.findById(assigned.id(), Document.class, "complaints")
			.as(StepVerifier::create)
			.assertNext((raw) -> assertThat(raw.getList("outbox", Document.class).get(0).getString("id"))
				.isEqualTo(relayed))
			.verifyComplete();

		// The relay sent COMPLAINT_RECEIVED and removes it while the handler's reply is on its way.
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(assigned.id())),
					new Update().pull("outbox", new Document("id", relayed)), "complaints")
			.as(StepVerifier::create)
			.assertNext((result) -> assertThat(result.getModifiedCount()).isEqualTo(1))
			.verifyComplete();
		this.store.write(assigned, this.workflow.reply(assigned, HANDLER, "答复", NOW), null)
			.as(StepVerifier::create)
			.assertNext((written) -> assertThat(written.outbox()).extracting(OutboxEntry::template)
				.containsExactly(OutboxEntry.REPLIED))
			.verifyComplete();
	}

	@Test
	void shouldRecordTheRequestKeyInTheSameWriteAsTheStep() {
		Complaint before = inserted(ComplaintFixture.received(false, null, newNumber(), null));

		this.store.write(before, this.workflow.accept(before, CLERK, NOW), new Complaint.AppliedRequest("k-1", "h-1"))
			.as(StepVerifier::create)
			.assertNext((written) -> assertThat(written.requests())
				.containsExactly(new Complaint.AppliedRequest("k-1", "h-1")))
			.verifyComplete();
	}

	@Test
	void shouldLockTheNumberWhenTheMaximumOfWrongCodesIsReachedAndKeepTheVersion() {
		Complaint complaint = inserted(ComplaintFixture.received(false, null, newNumber(), null));
		Instant lockedUntil = NOW.plusSeconds(900);

		this.store.recordAccessFailure(complaint, 3, lockedUntil)
			.then(this.store.recordAccessFailure(complaint, 3, lockedUntil))
			.then(this.store.findByTrackingNumber(complaint.trackingNumber()))
			.as(StepVerifier::create)
			.assertNext((counted) -> {
				assertThat(counted.accessFailures()).isEqualTo(2);
				assertThat(counted.accessLockedUntil()).isNull();
			})
			.verifyComplete();
		this.store.recordAccessFailure(complaint, 3, lockedUntil)
			.then(this.store.findByTrackingNumber(complaint.trackingNumber()))
			.as(StepVerifier::create)
			.assertNext((locked) -> {
				assertThat(locked.accessFailures()).isZero();
				assertThat(locked.accessLockedUntil()).isEqualTo(lockedUntil);
				assertThat(locked.version()).isEqualTo(complaint.version());
			})
			.verifyComplete();
	}

	@Test
	void shouldAppendTheIdentityAccessWithoutChangingTheVersion() {
		Complaint complaint = inserted(ComplaintFixture.received(true, null, newNumber(), null));

		this.store
			.recordIdentityAccess(complaint,
					new Complaint.IdentityAccess(NOW, "supervisor", List.of("SUPERVISOR"), "JJZ", "核查"))
			.as(StepVerifier::create)
			.assertNext((recorded) -> {
				assertThat(recorded.identityAccess()).singleElement()
					.satisfies((access) -> assertThat(access.actor()).isEqualTo("supervisor"));
				assertThat(recorded.version()).isEqualTo(complaint.version());
			})
			.verifyComplete();
	}

	private Complaint inserted(Complaint complaint) {
		Complaint[] saved = new Complaint[1];
		this.mongo.insert(complaint)
			.as(StepVerifier::create)
			.assertNext((stored) -> saved[0] = stored)
			.verifyComplete();
		return saved[0];
	}

	/** A fresh well-formed tracking number (the index on it is unique). */
	private static String newNumber() {
		String digits = UUID.randomUUID().toString().replaceAll("[^2-9]", "") + "234567";
		return "T240209-" + digits.substring(0, 6);
	}

}
