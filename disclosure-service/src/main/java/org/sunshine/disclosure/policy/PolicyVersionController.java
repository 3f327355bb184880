package org.sunshine.disclosure.policy;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.sunshine.defaults.web.PageView;
import org.sunshine.disclosure.review.Actors;
import org.sunshine.disclosure.review.History.HistoryView;
import org.sunshine.disclosure.review.VersionHistory.QueueEntry;
import org.sunshine.disclosure.review.VersionHistory.VersionSummary;
import org.sunshine.disclosure.review.WorkingVersionView;
import org.sunshine.disclosure.version.VersionDiffView;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Versions of a policy: the public's list, reads and diffs of published versions, and for staff the
 * review queue, the version in work and the audit trail (GET paths are public by default, so those
 * three say who may call).
 */
@RestController
@RequestMapping("/api/policies")
class PolicyVersionController {

	private static final String STAFF = "hasAnyRole('ADMIN','EDITOR','REVIEWER','SECRECY_REVIEWER')";

	private final PolicyWorkflow workflow;

	PolicyVersionController(PolicyWorkflow workflow) {
		this.workflow = workflow;
	}

	@GetMapping("/{id}/versions")
	Mono<List<VersionSummary>> versions(@PathVariable @Size(max = 40) String id) {
		return this.workflow.published(id);
	}

	@GetMapping("/{id}/versions/{number}")
	Mono<PolicyView> version(@PathVariable @Size(max = 40) String id, @PathVariable @Min(1) int number) {
		return this.workflow.version(id, number);
	}

	/** What changed from the previous public version, or from version {@code from} when given. */
	@GetMapping("/{id}/versions/{number}/diff")
	Mono<VersionDiffView> diff(@PathVariable @Size(max = 40) String id, @PathVariable @Min(1) int number,
			@RequestParam(required = false) @Min(1) Integer from) {
		return this.workflow.diff(id, number, from);
	}

	@GetMapping("/review-queue")
	@PreAuthorize(STAFF)
	Mono<PageView<QueueEntry>> queue(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication authentication) {
		return this.workflow.queue(Actors.of(authentication), page, size);
	}

	@GetMapping("/{id}/draft")
	@PreAuthorize(STAFF)
	Mono<ResponseEntity<WorkingVersionView>> inWork(@PathVariable @Size(max = 40) String id) {
		return this.workflow.inWork(id).map(WorkingVersionView::ok);
	}

	/** The versions in work the caller wrote, most recently changed first. */
	@GetMapping("/drafts")
	@PreAuthorize(STAFF)
	Mono<PageView<QueueEntry>> mine(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication authentication) {
		return this.workflow.mine(Actors.of(authentication), page, size);
	}

	/** What the version in work changes against the public version (all new for a first version). */
	@GetMapping("/{id}/draft/diff")
	@PreAuthorize(STAFF)
	Mono<VersionDiffView> draftDiff(@PathVariable @Size(max = 40) String id) {
		return this.workflow.draftDiff(id);
	}

	/** Who did what and why, every transition of every version, oldest first. */
	@GetMapping("/{id}/history")
	@PreAuthorize(STAFF)
	Mono<List<HistoryView>> history(@PathVariable @Size(max = 40) String id) {
		return this.workflow.history(id);
	}

}
