package org.sunshine.complaint.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Filing a complaint, following it and acting on it with its access code, for the public. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

	static final String ACCESS_CODE_HEADER = "X-Access-Code";

	private final ComplaintService complaints;

	ComplaintController(ComplaintService complaints) {
		this.complaints = complaints;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<FiledComplaintView> file(
			@RequestHeader("Idempotency-Key") @NotBlank @ValidIdempotencyKey String idempotencyKey,
			@Valid @RequestBody FileComplaintRequest request) {
		return this.complaints.file(request, idempotencyKey);
	}

	@GetMapping("/{trackingNumber}")
	Mono<ComplaintView> track(@PathVariable @Size(max = 20) String trackingNumber,
			@RequestHeader(name = ACCESS_CODE_HEADER, required = false) @Size(max = 64) String accessCode) {
		return this.complaints.track(trackingNumber, accessCode)
			.switchIfEmpty(Mono.error(ComplaintNotFoundException::new));
	}

	@PostMapping(path = "/{trackingNumber}/supplements", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ComplaintView> supplement(@PathVariable @Size(max = 20) String trackingNumber,
			@RequestHeader(name = ACCESS_CODE_HEADER, required = false) @Size(max = 64) String accessCode,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String idempotencyKey,
			@Valid @RequestBody AddSupplementRequest request) {
		return this.complaints.supplement(trackingNumber, accessCode, request, idempotencyKey);
	}

	@PostMapping("/{trackingNumber}/withdraw")
	Mono<ComplaintView> withdraw(@PathVariable @Size(max = 20) String trackingNumber,
			@RequestHeader(name = ACCESS_CODE_HEADER, required = false) @Size(max = 64) String accessCode,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String idempotencyKey) {
		return this.complaints.withdraw(trackingNumber, accessCode, idempotencyKey);
	}

	@PostMapping(path = "/{trackingNumber}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ComplaintView> rate(@PathVariable @Size(max = 20) String trackingNumber,
			@RequestHeader(name = ACCESS_CODE_HEADER, required = false) @Size(max = 64) String accessCode,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String idempotencyKey,
			@Valid @RequestBody RateComplaintRequest request) {
		return this.complaints.rate(trackingNumber, accessCode, request, idempotencyKey);
	}

}
