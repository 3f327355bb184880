package org.sunshine.complaint.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Adds up the complaints received in a period, overall, per handling department and per month of receipt. */
@Service
class StatsService {

	private final ReactiveMongoTemplate mongo;

	private final DeadlineCalculator deadlines;

	private final Clock clock;

	StatsService(ReactiveMongoTemplate mongo, DeadlineCalculator deadlines, Clock clock) {
		this.mongo = mongo;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	Mono<StatsView> complaints(LocalDate from, LocalDate to, String department) {
		Criteria receivedAt = Criteria.where("receivedAt");
		boolean bounded = false;
		if (from != null) {
			receivedAt = receivedAt.gte(from.atStartOfDay(this.deadlines.zone()).toInstant());
			bounded = true;
		}
		if (to != null) {
			receivedAt = receivedAt.lt(to.plusDays(1).atStartOfDay(this.deadlines.zone()).toInstant());
			bounded = true;
		}
		Query query = bounded ? Query.query(receivedAt) : new Query();
		ComplaintFacts.FIELDS.forEach(query.fields()::include);
		Instant now = this.clock.instant();
		return this.mongo.find(query, Document.class, "complaints")
			.map(ComplaintFacts::of)
			.filter((facts) -> department == null || department.equals(facts.department()))
			.reduce(new Groups(), (groups, facts) -> groups.add(facts, now, this.deadlines))
			.map((groups) -> new StatsView(from, to, department, groups.overall.figures(),
					groups.byDepartment.entrySet()
						.stream()
						.map((e) -> new StatsView.DepartmentFigures(e.getKey(), e.getValue().figures()))
						.toList(),
					groups.byMonth.entrySet()
						.stream()
						.map((e) -> new StatsView.MonthFigures(e.getKey().toString(), e.getValue().figures()))
						.toList()));
	}

	private static final class Groups {

		final Tally overall = new Tally();

		final Map<String, Tally> byDepartment = new TreeMap<>();

		final Map<YearMonth, Tally> byMonth = new TreeMap<>();

		Groups add(ComplaintFacts facts, Instant now, DeadlineCalculator deadlines) {
			this.overall.add(facts, now, deadlines);
			this.byDepartment.computeIfAbsent(facts.department(), (key) -> new Tally()).add(facts, now, deadlines);
			this.byMonth.computeIfAbsent(YearMonth.from(facts.receivedAt().atZone(deadlines.zone())), (key) -> new Tally())
				.add(facts, now, deadlines);
			return this;
		}

	}

}
