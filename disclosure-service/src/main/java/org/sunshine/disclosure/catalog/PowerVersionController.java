package org.sunshine.disclosure.catalog;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
 * Versions of a power item: the public's list, reads and diffs of published versions, and for staff the
 * review queue, the version in work and the audit trail (GET paths are public by default, so those
 * three say who may call).
 */
@RestController
@RequestMapping("/api/powers")
class PowerVersionController {

	private static final String STAFF = "hasAnyRole('ADMIN','EDITOR','REVIEWER','SECRECY_REVIEWER')";

	private final PowerWorkflow workflow;

	PowerVersionController(PowerWorkflow workflow) {
		this.workflow = workflow;
	}

	@GetMapping("/{code}/versions")
	Mono<List<VersionSummary>> versions(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code) {
		return this.workflow.published(code);
	}

	@GetMapping("/{code}/versions/{number}")
	Mono<PowerItemView> version(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code, @PathVariable @Min(1) int number) {
		return this.workflow.version(code, number);
	}

	/** What changed from the previous public version, or from version {@code from} when given. */
	@GetMapping("/{code}/versions/{number}/diff")
	Mono<VersionDiffView> diff(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code, @PathVariable @Min(1) int number,
			@RequestParam(required = false) @Min(1) Integer from) {
		return this.workflow.diff(code, number, from);
	}

	@GetMapping("/review-queue")
	@PreAuthorize(STAFF)
	Mono<PageView<QueueEntry>> queue(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication authentication) {
		return this.workflow.queue(Actors.of(authentication), page, size);
	}

	@GetMapping("/{code}/draft")
	@PreAuthorize(STAFF)
	Mono<ResponseEntity<WorkingVersionView>> inWork(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code) {
		return this.workflow.inWork(code).map(WorkingVersionView::ok);
	}

	/** The versions in work the caller wrote, most recently changed first. */
	@GetMapping("/drafts")
	@PreAuthorize(STAFF)
	Mono<PageView<QueueEntry>> mine(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication authentication) {
		return this.workflow.mine(Actors.of(authentication), page, size);
	}

	/** What the version in work changes against the public version (all new for a first version). */
	@GetMapping("/{code}/draft/diff")
	@PreAuthorize(STAFF)
	Mono<VersionDiffView> draftDiff(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code) {
		return this.workflow.draftDiff(code);
	}

	/** Who did what and why, every transition of every version, oldest first. */
	@GetMapping("/{code}/history")
	@PreAuthorize(STAFF)
	Mono<List<HistoryView>> history(@PathVariable @Pattern(regexp = DraftPowerItemRequest.CODE) String code) {
		return this.workflow.history(code);
	}

}
