package org.sunshine.search.query;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** Public full-text search over published policies and power items (政策法规与权力事项检索). */
@RestController
@RequestMapping("/api/search")
class SearchController {

	private final SearchService service;

	SearchController(SearchService service) {
		this.service = service;
	}

	@GetMapping
	Mono<SearchView> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String type,
			@RequestParam(required = false) String category,
			@RequestParam(required = false) String issuer,
			@RequestParam(required = false) String year,
			@RequestParam(required = false) String validity,
			@RequestParam(required = false) String riskLevel,
			@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return Mono.fromCallable(
				() -> SearchCriteria.of(q, type, category, issuer, year, validity, riskLevel, page, size))
				.flatMap(service::search);
	}

	@GetMapping("/suggest")
	Mono<SuggestionsView> suggest(@RequestParam(required = false) String q) {
		return service.suggest(q);
	}
}
