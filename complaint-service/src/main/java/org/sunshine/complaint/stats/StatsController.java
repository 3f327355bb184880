package org.sunshine.complaint.stats;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public complaint statistics (`GET /api/stats/complaints?from=&to=&department=`). */
@RestController
@RequestMapping("/api/stats")
class StatsController {

	private final StatsService stats;

	StatsController(StatsService stats) {
		this.stats = stats;
	}

	@GetMapping("/complaints")
	Mono<StatsView> complaints(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]+") String department) {
		if (from != null && to != null && to.isBefore(from)) {
			return Mono.error(new StatsRangeException(from, to));
		}
		return this.stats.complaints(from, to, department);
	}

}
