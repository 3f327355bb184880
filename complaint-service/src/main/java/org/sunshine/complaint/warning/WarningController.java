package org.sunshine.complaint.warning;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.sunshine.defaults.web.PageView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Warnings for staff (electronic supervision console). The literal segment {@code warnings} never collides with
 * {@code /api/complaints/{trackingNumber}}: tracking numbers look like {@code T241123-7KQ2MZ}, and a literal
 * path segment wins over a variable one. {@code GET /api/complaints/*} is public for tracking, so the role check
 * is here on the methods, not only in the filter chain.
 */
@RestController
@RequestMapping("/api/complaints/warnings")
@PreAuthorize("hasAnyRole('HANDLER', 'UNIT_HEAD', 'SUPERVISOR', 'ADMIN')")
class WarningController {

	private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

	private final WarningService warnings;

	WarningController(WarningService warnings) {
		this.warnings = warnings;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<PageView<WarningView>> list(@RequestParam(required = false) WarningLevel level,
			@RequestParam(required = false) Boolean acknowledged,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication user) {
		return this.warnings.list(Viewer.of(user), level, acknowledged, page, size);
	}

	@PostMapping(path = "/{id}/ack", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<WarningView> acknowledge(@PathVariable @Size(max = 24) String id,
			@Valid @RequestBody AcknowledgeWarningRequest request, Authentication user) {
		return this.warnings.acknowledge(Viewer.of(user), id, request.note());
	}

	/** New warnings as server-sent events ({@code id} = sequence, so a reconnecting console resumes with Last-Event-ID). */
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<WarningView>> stream(
			@RequestHeader(name = "Last-Event-ID", required = false) @Size(max = 19) String lastEventId,
			Authentication user) {
		Long resumeAfter = (lastEventId != null && lastEventId.matches("\\d{1,18}")) ? Long.valueOf(lastEventId) : null;
		Flux<ServerSentEvent<WarningView>> warnings = this.warnings.stream(Viewer.of(user), resumeAfter)
			.map((warning) -> ServerSentEvent.builder(warning)
				.id(Long.toString(warning.sequence()))
				.event("warning")
				.build());
		// A comment at once sends the headers (the console knows it is connected), then one now and then keeps
		// proxies from closing a quiet stream.
		Flux<ServerSentEvent<WarningView>> keepAlive = Flux.interval(Duration.ZERO, KEEP_ALIVE)
			.map((tick) -> ServerSentEvent.<WarningView>builder().comment("keep-alive").build());
		return Flux.merge(warnings, keepAlive);
	}

}
