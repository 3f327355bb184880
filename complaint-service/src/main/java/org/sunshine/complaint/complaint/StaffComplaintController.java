package org.sunshine.complaint.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sunshine.defaults.web.PageView;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff queue, a complaint's details, unsealing an identity, and recording offline complaints. */
@RestController
@RequestMapping("/api/complaints")
class StaffComplaintController {

	private final HandlingService handling;

	private final ComplaintService complaints;

	StaffComplaintController(HandlingService handling, ComplaintService complaints) {
		this.handling = handling;
		this.complaints = complaints;
	}

	@GetMapping
	Mono<PageView<QueueItemView>> queue(JwtAuthenticationToken token,
			@RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) ComplaintType type,
			@RequestParam(required = false) @Size(max = 20) String department,
			@RequestParam(required = false) @Size(max = 64) String handler,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.handling.queue(Staff.of(token), new QueueFilter(status, type, department, handler, channel, overdue),
				page, size);
	}

	@GetMapping("/{trackingNumber}/details")
	Mono<ResponseEntity<CaseView>> details(@PathVariable String trackingNumber, JwtAuthenticationToken token) {
		return HandlingController.tagged(this.handling.details(trackingNumber, Staff.of(token)));
	}

	@PostMapping("/{trackingNumber}/identity")
	Mono<IdentityView> identity(@PathVariable String trackingNumber, JwtAuthenticationToken token,
			@Valid @RequestBody UnsealIdentityRequest request) {
		return this.handling.unseal(trackingNumber, Staff.of(token), request.reason());
	}

	@PostMapping(path = "/recorded", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<FiledComplaintView> record(JwtAuthenticationToken token,
			@RequestHeader("Idempotency-Key") @NotBlank @ValidIdempotencyKey String idempotencyKey,
			@Valid @RequestBody RecordComplaintRequest request) {
		return this.complaints.record(request, idempotencyKey, Staff.of(token));
	}

}
