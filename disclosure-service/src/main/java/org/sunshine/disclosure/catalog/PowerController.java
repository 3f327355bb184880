package org.sunshine.disclosure.catalog;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sunshine.defaults.web.PageView;
import org.sunshine.disclosure.catalog.PowerCatalog.PowerFilter;
import org.sunshine.disclosure.catalog.PowerItemContent.RiskLevel;
import org.sunshine.disclosure.feed.FeedView;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** The public power catalog. */
@RestController
@RequestMapping("/api/powers")
class PowerController {

	private final PowerCatalog catalog;

	private final PowerWorkflow workflow;

	PowerController(PowerCatalog catalog, PowerWorkflow workflow) {
		this.catalog = catalog;
		this.workflow = workflow;
	}

	@GetMapping
	Mono<PageView<PowerItemView>> list(@RequestParam(required = false) @Size(max = 20) String category,
			@RequestParam(required = false) @Size(max = 20) String department,
			@RequestParam(required = false) RiskLevel riskLevel,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.catalog.list(new PowerFilter(category, department, riskLevel, q), page, size);
	}

	@GetMapping("/{code}")
	Mono<ResponseEntity<PowerItemView>> find(@PathVariable @Pattern(regexp = "[A-Z]{2,8}-\\d{1,6}") String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			ServerWebExchange exchange) {
		// With asOf: the version public at the end of that day; only published versions are ever considered.
		Mono<PowerItemView> item = (asOf != null) ? this.workflow.asOf(code, asOf) : this.catalog.find(code);
		return item.switchIfEmpty(Mono.error(() -> new PowerItemNotFoundException(code)))
			.map((found) -> {
				String etag = "\"" + code + "-v" + found.version() + "-" + found.status() + "\"";
				if (exchange.checkNotModified(etag)) {
					return ResponseEntity.status(304).eTag(etag).<PowerItemView>build();
				}
				return ResponseEntity.ok().eTag(etag).body(found);
			});
	}

	/** The change feed search-service follows; public because only published content is in it. */
	@GetMapping("/changes")
	Mono<FeedView<PowerItemView>> changes(@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		return this.catalog.changes(after, limit);
	}

}
