package org.sunshine.sms.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Sending statistics for staff; the last 30 days unless a period is given. */
@RestController
class StatsController {

	private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

	private final StatsRepository stats;

	private final Clock clock;

	StatsController(StatsRepository stats, Clock clock) {
		this.stats = stats;
		this.clock = clock;
	}

	@GetMapping("/api/sms/stats")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
	Mono<SmsStats> stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		Instant end = (to != null) ? to : this.clock.instant();
		Instant start = (from != null) ? from : end.minus(DEFAULT_PERIOD);
		if (!start.isBefore(end)) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must be before to"));
		}
		return this.stats.stats(start, end);
	}

}
