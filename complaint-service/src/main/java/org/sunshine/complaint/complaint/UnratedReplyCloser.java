package org.sunshine.complaint.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes replied complaints the complainant did not rate within seven days (issue: "closed after rating
 * or 7 days without one"). Each close is the usual conditional write, so several replicas running this
 * at once close each complaint once.
 */
@Component
class UnratedReplyCloser {

	private static final Logger log = LoggerFactory.getLogger(UnratedReplyCloser.class);

	private final ReactiveMongoTemplate mongo;

	private final ComplaintSteps steps;

	private final Workflow workflow;

	private final Clock clock;

	UnratedReplyCloser(ReactiveMongoTemplate mongo, ComplaintSteps steps, Workflow workflow, Clock clock) {
		this.mongo = mongo;
		this.steps = steps;
		this.workflow = workflow;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${complaint.workflow.auto-close-interval:PT10M}",
			initialDelayString = "${complaint.workflow.auto-close-interval:PT10M}")
	void scheduled() {
		closeUnrated().subscribe(null, (error) -> log.warn("Closing unrated complaints failed", error));
	}

	/** Closes what is due now; emits how many were closed. */
	Mono<Long> closeUnrated() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(Workflow.RATING_PERIOD);
		// Any reply that old is a candidate; the latest reply decides (a reopened complaint may have a newer one).
		Query query = Query.query(Criteria.where("status").is(ComplaintStatus.REPLIED).and("replies.at").lte(Date.from(cutoff)));
		return this.mongo.find(query, Complaint.class)
			.filter((complaint) -> !complaint.lastReply().at().isAfter(cutoff))
			.concatMap((complaint) -> this.steps
				.apply(complaint, "close", Workflow.SYSTEM_ACTOR, new StepRequest(null, null, null),
						(c) -> this.workflow.closeUnrated(c, now))
				.onErrorResume(WorkflowException.class, (raced) -> Mono.empty()))
			.count();
	}

}
