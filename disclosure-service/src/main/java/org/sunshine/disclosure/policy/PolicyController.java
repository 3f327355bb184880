package org.sunshine.disclosure.policy;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sunshine.defaults.web.PageView;
import org.sunshine.disclosure.feed.FeedView;
import org.sunshine.disclosure.policy.PolicyService.PolicyFilter;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** Published policy documents, for the public. */
@RestController
@RequestMapping("/api/policies")
class PolicyController {

	private final PolicyService policies;

	private final PolicyWorkflow workflow;

	PolicyController(PolicyService policies, PolicyWorkflow workflow) {
		this.policies = policies;
		this.workflow = workflow;
	}

	@GetMapping
	Mono<PageView<PolicyView>> list(@RequestParam(required = false) @Size(max = 20) String category,
			@RequestParam(required = false) @Size(max = 50) String issuer,
			@RequestParam(required = false) @Min(1949) @Max(2100) Integer year,
			@RequestParam(required = false) Validity validity,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.policies.list(new PolicyFilter(category, issuer, year, validity), page, size);
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<PolicyView>> find(@PathVariable @Size(max = 40) String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			ServerWebExchange exchange) {
		if (asOf != null) {
			// The version public at the end of that day; only published versions are ever considered.
			return this.workflow.asOf(id, asOf).map((policy) -> withEtag(policy, exchange));
		}
		return this.policies.find(id)
			.switchIfEmpty(Mono.error(() -> new PolicyNotFoundException(id)))
			.map((policy) -> withEtag(policy, exchange));
	}

	@GetMapping("/by-number")
	Mono<ResponseEntity<PolicyView>> findByNumber(@RequestParam @NotBlank @Size(max = 60) String docNumber,
			ServerWebExchange exchange) {
		return this.policies.findByNumber(docNumber)
			.switchIfEmpty(Mono.error(() -> new PolicyNotFoundException(docNumber)))
			.map((policy) -> withEtag(policy, exchange));
	}

	/** The change feed search-service follows; public because only published content is in it. */
	@GetMapping("/changes")
	Mono<FeedView<PolicyView>> changes(@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		return this.policies.changes(after, limit);
	}

	private static ResponseEntity<PolicyView> withEtag(PolicyView policy, ServerWebExchange exchange) {
		String etag = "\"" + policy.id() + "-v" + policy.version() + "-" + policy.validity() + "\"";
		if (exchange.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(policy);
	}

}
