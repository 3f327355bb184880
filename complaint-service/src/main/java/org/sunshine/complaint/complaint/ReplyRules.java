package org.sunshine.complaint.complaint;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The time limits in force, versioned in {@code reply_rules}; before any ADMIN edit, the configured
 * defaults ({@code complaint.deadline.reply}) are version 0. Intake reads the current version through
 * a short cache, so a burst of filings costs one read, and another replica's edit applies within seconds.
 */
@Service
class ReplyRules {

	private static final Logger log = LoggerFactory.getLogger(ReplyRules.class);

	static final Duration CACHE = Duration.ofSeconds(5);

	private final ReactiveMongoTemplate mongo;

	private final ReplyDeadlineProperties defaults;

	private final Clock clock;

	private final AtomicReference<Mono<ReplyRuleSet>> current = new AtomicReference<>();

	ReplyRules(ReactiveMongoTemplate mongo, ReplyDeadlineProperties defaults, Clock clock) {
		this.mongo = mongo;
		this.defaults = defaults;
		this.clock = clock;
	}

	Mono<ReplyRuleSet> current() {
		return this.current.updateAndGet((cached) -> (cached != null) ? cached : load().cache(CACHE));
	}

	private Mono<ReplyRuleSet> load() {
		return this.mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "version")).limit(1),
				ReplyRuleSet.class)
			.defaultIfEmpty(new ReplyRuleSet(null, 0, this.defaults.reply(), null, null, "configuration", null));
	}

	Flux<ReplyRuleSet> history() {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "version")).limit(100),
				ReplyRuleSet.class);
	}

	/** Saves the next version; a concurrent save of the same version fails on the unique index (409). */
	Mono<ReplyRuleSet> update(UpdateReplyRulesRequest request, Staff staff) {
		if (!staff.has(Staff.ADMIN)) {
			return Mono.error(WorkflowException.forbidden("edit rules"));
		}
		Map<ComplaintType, org.sunshine.complaint.deadline.DeadlineRule> reply = new EnumMap<>(ComplaintType.class);
		request.reply().forEach((type, limit) -> reply.put(type, limit.rule()));
		return load().flatMap((latest) -> this.mongo.insert(new ReplyRuleSet(null, latest.version() + 1, reply,
				(request.acceptance() != null) ? request.acceptance().rule() : null, this.clock.instant(),
				staff.username(), request.note())))
			.doOnNext((saved) -> {
				this.current.set(null);
				log.info("Reply rules version {} saved by {}", saved.version(), saved.changedBy());
			});
	}

}
