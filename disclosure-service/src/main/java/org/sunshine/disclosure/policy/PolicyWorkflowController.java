package org.sunshine.disclosure.policy;

import java.net.URI;

import jakarta.validation.Valid;
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
 * Staff steps of a policy's publication. Who may take which step is the workflow's rule (403 and
 * 409 problems come from there); every step needs a signed-in staff member. Each answer carries the
 * version's ETag; a step sent with {@code If-Match} acts only if nobody changed the version since (412).
 */
@RestController
@RequestMapping("/api/policies")
class PolicyWorkflowController {

	private final PolicyWorkflow workflow;

	PolicyWorkflowController(PolicyWorkflow workflow) {
		this.workflow = workflow;
	}

	@PostMapping
	Mono<ResponseEntity<WorkingVersionView>> create(@Valid @RequestBody DraftPolicyRequest draft,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Size(max = 100) String idempotencyKey,
			Authentication authentication) {
		return this.workflow.create(draft, Actors.of(authentication), idempotencyKey)
			.map((created) -> ResponseEntity.created(URI.create("/api/policies/" + created.id()))
				.eTag(created.etag())
				.body(created));
	}

	@PutMapping("/{id}")
	Mono<ResponseEntity<WorkingVersionView>> edit(@PathVariable @Size(max = 40) String id,
			@Valid @RequestBody DraftPolicyRequest draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Authentication authentication) {
		return this.workflow.edit(id, draft, Actors.of(authentication), ifMatch).map(WorkingVersionView::ok);
	}

	@PostMapping("/{id}/submit")
	Mono<ResponseEntity<WorkingVersionView>> submit(@PathVariable @Size(max = 40) String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Authentication authentication) {
		return this.workflow.submit(id, Actors.of(authentication), ifMatch).map(WorkingVersionView::ok);
	}

	@PostMapping("/{id}/review")
	Mono<ResponseEntity<WorkingVersionView>> review(@PathVariable @Size(max = 40) String id,
			@Valid @RequestBody ReviewDecisionRequest decision,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Authentication authentication) {
		return this.workflow.review(id, decision, Actors.of(authentication), ifMatch).map(WorkingVersionView::ok);
	}

	@PostMapping("/{id}/secrecy-review")
	Mono<ResponseEntity<WorkingVersionView>> secrecyReview(@PathVariable @Size(max = 40) String id,
			@Valid @RequestBody ReviewDecisionRequest decision,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Authentication authentication) {
		return this.workflow.secrecyReview(id, decision, Actors.of(authentication), ifMatch)
			.map(WorkingVersionView::ok);
	}

	@PostMapping("/{id}/amend")
	Mono<ResponseEntity<WorkingVersionView>> amend(@PathVariable @Size(max = 40) String id,
			Authentication authentication) {
		return this.workflow.amend(id, Actors.of(authentication)).map((draft) -> draft.response(HttpStatus.CREATED));
	}

	@PostMapping("/{id}/repeal")
	Mono<ResponseEntity<WorkingVersionView>> repeal(@PathVariable @Size(max = 40) String id,
			@Valid @RequestBody RepealRequest repeal, Authentication authentication) {
		return this.workflow.repeal(id, repeal.reason().strip(), Actors.of(authentication))
			.map(WorkingVersionView::ok);
	}

}
