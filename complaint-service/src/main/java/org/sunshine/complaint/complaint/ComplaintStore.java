package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.sunshine.complaint.complaint.Complaint.AppliedRequest;
import org.sunshine.complaint.complaint.Complaint.IdentityAccess;
import org.sunshine.complaint.notification.OutboxQueue;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes workflow steps as one conditional update each: the workflow's own fields are set, new SMS are
 * pushed onto the outbox (never replacing it, so the relay's concurrent removals survive), and the
 * version must still be the one read, so two clerks cannot both accept.
 */
@Component
class ComplaintStore {

	private static final String COLLECTION = "complaints";

	private final ReactiveMongoTemplate mongo;

	private final OutboxQueue outbox;

	ComplaintStore(ReactiveMongoTemplate mongo, OutboxQueue outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	Mono<Complaint> findByTrackingNumber(String trackingNumber) {
		return this.mongo.findOne(Query.query(Criteria.where("trackingNumber").is(trackingNumber)), Complaint.class);
	}

	/** Stores a new complaint; the relay hears of its SMS, if any, once it is stored. */
	Mono<Complaint> insert(Complaint complaint) {
		return this.mongo.insert(complaint).doOnNext((saved) -> reportSms(saved, !saved.outbox().isEmpty()));
	}

	/**
	 * Writes {@code after} over {@code before} if nobody changed it meanwhile; empty when someone did.
	 * {@code request} (may be null) records the Idempotency-Key in the same write.
	 */
	Mono<Complaint> write(Complaint before, Complaint after, AppliedRequest request) {
		Set<String> queued = before.outbox().stream().map(OutboxEntry::id).collect(Collectors.toSet());
		List<OutboxEntry> added = after.outbox().stream().filter((entry) -> !queued.contains(entry.id())).toList();
		Update update = new Update().set("status", after.status())
			.set("assignedDepartment", after.assignedDepartment())
			.set("handler", after.handler())
			.set("acceptedAt", after.acceptedAt())
			.set("dueAt", after.dueAt())
			.set("suspendedAt", after.suspendedAt())
			.set("closedAt", after.closedAt())
			.set("reopenCount", after.reopenCount())
			.set("timeline", after.timeline())
			.set("suspensions", after.suspensions())
			.set("replies", after.replies())
			.set("ratings", after.ratings())
			.set("supplements", after.supplements())
			.inc("version", 1);
		if (!added.isEmpty()) {
			update.push("outbox").each(added.toArray());
		}
		if (request != null) {
			update.push("requests", request);
		}
		Query query = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
		return this.mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Complaint.class)
			.doOnNext((saved) -> reportSms(saved, !added.isEmpty()));
	}

	/**
	 * Records an unseal of the complainant's identity. Not a workflow step, so the version stays: the
	 * update goes to the collection by name, which keeps Spring Data from bumping the version itself.
	 */
	Mono<Complaint> recordIdentityAccess(Complaint complaint, IdentityAccess access) {
		return this.mongo
			.updateFirst(byId(complaint), new Update().push("identityAccess",
					this.mongo.getConverter().convertToMongoType(access)), COLLECTION)
			.then(this.mongo.findById(complaint.id(), Complaint.class));
	}

	/**
	 * Counts a wrong access code for this number; the one that reaches {@code max} locks the number until
	 * {@code lockedUntil}. Not a workflow step either: the version stays.
	 */
	Mono<Void> recordAccessFailure(Complaint complaint, int max, Instant lockedUntil) {
		Query query = byId(complaint);
		return this.mongo
			.findAndModify(query, new Update().inc("accessFailures", 1), FindAndModifyOptions.options().returnNew(true),
					Document.class, COLLECTION)
			.filter((counted) -> counted.get("accessFailures", Number.class).intValue() >= max)
			.flatMap((locked) -> this.mongo.updateFirst(query,
					new Update().set("accessFailures", 0).set("accessLockedUntil", lockedUntil), COLLECTION))
			.then();
	}

	Mono<Void> clearAccessFailures(Complaint complaint) {
		if (complaint.accessFailures() == 0) {
			return Mono.empty();
		}
		return this.mongo
			.updateFirst(byId(complaint), new Update().set("accessFailures", 0), COLLECTION)
			.then();
	}

	/** Tells the relay of a stored complaint whose write queued an SMS. */
	private void reportSms(Complaint saved, boolean queuedSms) {
		if (queuedSms) {
			this.outbox.queued(COLLECTION, storedId(saved));
		}
	}

	/** By id for updates addressed to the collection by name, where no entity converts the id. */
	private static Query byId(Complaint complaint) {
		return Query.query(Criteria.where("_id").is(storedId(complaint)));
	}

	private static Object storedId(Complaint complaint) {
		return ObjectId.isValid(complaint.id()) ? new ObjectId(complaint.id()) : complaint.id();
	}

}
