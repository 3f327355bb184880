package org.sunshine.complaint.complaint;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handling steps staff take on a complaint. Each answers the complaint as staff see it with its
 * version as ETag; If-Match makes a step conditional (412), an Idempotency-Key makes its retry safe.
 */
@RestController
@RequestMapping("/api/complaints/{trackingNumber}")
class HandlingController {

	private final HandlingService handling;

	private final ComplaintSteps steps;

	HandlingController(HandlingService handling, ComplaintSteps steps) {
		this.handling = handling;
		this.steps = steps;
	}

	@PostMapping("/accept")
	Mono<ResponseEntity<CaseView>> accept(@PathVariable String trackingNumber, JwtAuthenticationToken token,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return tagged(this.handling.accept(trackingNumber, Staff.of(token), this.steps.request(key, "accept", null, ifMatch)));
	}

	@PostMapping("/reject")
	Mono<ResponseEntity<CaseView>> reject(@PathVariable String trackingNumber, JwtAuthenticationToken token,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody RejectComplaintRequest body) {
		return tagged(this.handling.reject(trackingNumber, Staff.of(token), body.reason(),
				this.steps.request(key, "reject", body, ifMatch)));
	}

	@PostMapping("/assign")
	Mono<ResponseEntity<CaseView>> assign(@PathVariable String trackingNumber, JwtAuthenticationToken token,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AssignComplaintRequest body) {
		return tagged(this.handling.assign(trackingNumber, Staff.of(token), body,
				this.steps.request(key, "assign", body, ifMatch)));
	}

	@PostMapping("/reply")
	Mono<ResponseEntity<CaseView>> reply(@PathVariable String trackingNumber, JwtAuthenticationToken token,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ReplyComplaintRequest body) {
		return tagged(this.handling.reply(trackingNumber, Staff.of(token), body.text(),
				this.steps.request(key, "reply", body, ifMatch)));
	}

	@PostMapping("/close")
	Mono<ResponseEntity<CaseView>> close(@PathVariable String trackingNumber, JwtAuthenticationToken token,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return tagged(this.handling.close(trackingNumber, Staff.of(token), this.steps.request(key, "close", null, ifMatch)));
	}

	@PostMapping("/suspend")
	Mono<ResponseEntity<CaseView>> suspend(@PathVariable String trackingNumber, JwtAuthenticationToken token,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SuspendComplaintRequest body) {
		return tagged(this.handling.suspend(trackingNumber, Staff.of(token), body.reason(),
				this.steps.request(key, "suspend", body, ifMatch)));
	}

	@PostMapping("/resume")
	Mono<ResponseEntity<CaseView>> resume(@PathVariable String trackingNumber, JwtAuthenticationToken token,
			@RequestHeader(name = "Idempotency-Key", required = false) @ValidIdempotencyKey String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return tagged(this.handling.resume(trackingNumber, Staff.of(token), this.steps.request(key, "resume", null, ifMatch)));
	}

	static Mono<ResponseEntity<CaseView>> tagged(Mono<CaseView> view) {
		return view.map((found) -> ResponseEntity.ok().eTag("\"" + found.version() + "\"").body(found));
	}

}
