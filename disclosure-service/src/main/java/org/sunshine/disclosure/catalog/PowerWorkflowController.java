package org.sunshine.disclosure.catalog;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sunshine.disclosure.review.Actors;
import org.sunshine.disclosure.review.IdempotencyKeys;
import org.sunshine.disclosure.review.RepealRequest;
import org.sunshine.disclosure.review.ReviewDecisionRequest;
import org.sunshine.disclosure.review.WorkingVersionView;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff steps of a power item's publication. Who may take which step is the workflow's rule (403 and
 * 409 problems come from there); every step needs a signed-in staff member. Each answer carries the
 * version's ETag; a step sent with {@code If-Match} acts only if nobody changed the version since (412).
 */
@RestController
@RequestMapping("/api/powers")
class PowerWorkflowController {

	private final PowerWorkflow workflow;

	PowerWorkflowController(PowerWorkflow workflow) {
		this.workflow = workflow;
	}

	@PostMapping
	Mono<ResponseEntity<WorkingVersionView>> create(@Valid @RequestBody DraftPowerItemRequest draft,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Size(max = 100) String idempotencyKey,
			Authentication authentication) {
		return this.workflow.create(draft, Actors.of(authentication), idempotencyKey)
			.map((created) -> ResponseEntity.created(URI.create("/api/powers/" + created.id()))
				.eTag(created.etag())
				.body(created));
	}

	@PutMapping("/{code}")
	Mono<ResponseEntity<WorkingVersionView>> edit(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code,
			@Valid @RequestBody DraftPowerItemRequest draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Authentication authentication) {
		return this.workflow.edit(code, draft, Actors.of(authentication), ifMatch).map(WorkingVersionView::ok);
	}

	@PostMapping("/{code}/submit")
	Mono<ResponseEntity<WorkingVersionView>> submit(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Authentication authentication) {
		return this.workflow.submit(code, Actors.of(authentication), ifMatch).map(WorkingVersionView::ok);
	}

	@PostMapping("/{code}/review")
	Mono<ResponseEntity<WorkingVersionView>> review(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code,
			@Valid @RequestBody ReviewDecisionRequest decision,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Authentication authentication) {
		return this.workflow.review(code, decision, Actors.of(authentication), ifMatch).map(WorkingVersionView::ok);
	}

	@PostMapping("/{code}/secrecy-review")
	Mono<ResponseEntity<WorkingVersionView>> secrecyReview(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code,
			@Valid @RequestBody ReviewDecisionRequest decision,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Authentication authentication) {
		return this.workflow.secrecyReview(code, decision, Actors.of(authentication), ifMatch)
			.map(WorkingVersionView::ok);
	}

	@PostMapping("/{code}/amend")
	Mono<ResponseEntity<WorkingVersionView>> amend(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code,
			Authentication authentication) {
		return this.workflow.amend(code, Actors.of(authentication)).map((draft) -> draft.response(HttpStatus.CREATED));
	}

	@PostMapping("/{code}/repeal")
	Mono<ResponseEntity<WorkingVersionView>> repeal(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code,
			@Valid @RequestBody RepealRequest repeal, Authentication authentication) {
		return this.workflow.repeal(code, repeal.reason().strip(), Actors.of(authentication))
			.map(WorkingVersionView::ok);
	}

}
