package org.sunshine.complaint.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.bson.Document;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Adds up the complaints received in a period, overall, per handling department and per month of receipt.
 * One pass over every complaint makes a tally per day of receipt and department; any period and
 * department is then added up from those. The pass is shared by every request for
 * {@code complaint.stats.max-age}, so the public endpoint costs one read of the store per interval
 * whatever its traffic, and a request never waits for more than one pass.
 */
@Service
class StatsService {

	private final ReactiveMongoTemplate mongo;

	private final DeadlineCalculator deadlines;

	private final Clock clock;

	private final Mono<Snapshot> snapshot;

	StatsService(ReactiveMongoTemplate mongo, DeadlineCalculator deadlines, Clock clock, StatsProperties properties) {
		this.mongo = mongo;
		this.deadlines = deadlines;
		this.clock = clock;
		Duration maxAge = properties.maxAge();
		this.snapshot = Mono.defer(this::pass).cache((taken) -> maxAge, (failed) -> Duration.ZERO, () -> Duration.ZERO);
	}

	Mono<StatsView> complaints(LocalDate from, LocalDate to, String department) {
		return this.snapshot.map((taken) -> taken.view(from, to, department, this.deadlines));
	}

	private Mono<Snapshot> pass() {
		Query query = new Query();
		ComplaintFacts.FIELDS.forEach(query.fields()::include);
		// In batches: without a batch size the embedded store answers with every complaint at once.
		query.cursorBatchSize(1000);
		Instant now = this.clock.instant();
		return this.mongo.find(query, Document.class, "complaints")
			.map(ComplaintFacts::of)
			.reduce(new HashMap<Cell, Tally>(), (cells, facts) -> {
				Cell cell = new Cell(LocalDate.ofInstant(facts.receivedAt(), this.deadlines.zone()), facts.department());
				cells.computeIfAbsent(cell, (key) -> new Tally()).add(facts, now, this.deadlines);
				return cells;
			})
			.map((cells) -> new Snapshot(now, cells));
	}

	/** The complaints received on one day (Asia/Shanghai) and handled by one department. */
	private record Cell(LocalDate day, String department) {
	}

	/** Every cell's tally, as of one moment ("overdue now" means overdue then). */
	private record Snapshot(Instant asOf, Map<Cell, Tally> cells) {

		StatsView view(LocalDate from, LocalDate to, String department, DeadlineCalculator deadlines) {
			Tally overall = new Tally();
			Map<String, Tally> byDepartment = new TreeMap<>();
			Map<YearMonth, Tally> byMonth = new TreeMap<>();
			this.cells.forEach((cell, tally) -> {
				if ((from != null && cell.day().isBefore(from)) || (to != null && cell.day().isAfter(to))
						|| (department != null && !department.equals(cell.department()))) {
					return;
				}
				overall.merge(tally);
				byDepartment.computeIfAbsent(cell.department(), (key) -> new Tally()).merge(tally);
				byMonth.computeIfAbsent(YearMonth.from(cell.day()), (key) -> new Tally()).merge(tally);
			});
			return new StatsView(from, to, department, this.asOf.atZone(deadlines.zone()).toOffsetDateTime(),
					overall.figures(), figures(byDepartment, StatsView.DepartmentFigures::new, Function.identity()),
					figures(byMonth, StatsView.MonthFigures::new, YearMonth::toString));
		}

		private static <K, V> List<V> figures(Map<K, Tally> groups,
				BiFunction<String, StatsView.Figures, V> row, Function<K, String> name) {
			return groups.entrySet().stream().map((e) -> row.apply(name.apply(e.getKey()), e.getValue().figures())).toList();
		}

	}

}
