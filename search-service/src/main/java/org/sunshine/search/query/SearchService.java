package org.sunshine.search.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.sunshine.search.analysis.Synonyms;
import org.sunshine.search.index.SearchDocument;
import org.sunshine.search.index.SearchEngine;
import org.sunshine.search.index.SearchEngineUnavailableException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import reactor.core.publisher.Mono;

/** Runs searches and suggestions against the engine and shapes the answers. */
@Service
class SearchService {

	private static final Logger log = LoggerFactory.getLogger(SearchService.class);

	static final int SUGGESTIONS = 10;

	static final int MAX_PREFIX = 50;

	private final SearchEngine engine;

	private final QueryFactory queries;

	SearchService(SearchEngine engine) {
		this.engine = engine;
		this.queries = new QueryFactory(Synonyms.standard());
	}

	Mono<SearchView> search(SearchCriteria criteria) {
		SearchRequest request = queries.search(criteria);
		return execute(request, SearchDocument.class).map(response -> view(criteria, response));
	}

	Mono<SuggestionsView> suggest(String q) {
		String prefix = SearchCriteria.query(q);
		if (prefix == null) {
			return Mono.just(new SuggestionsView(List.of()));
		}
		String cut = prefix.length() > MAX_PREFIX ? prefix.substring(0, MAX_PREFIX) : prefix;
		// Ask for more than shown: one document may match through several of its inputs.
		return execute(queries.suggest(cut, SUGGESTIONS * 2), Titled.class).map(SearchService::suggestions);
	}

	/** The part of a document a suggestion shows. */
	record Titled(String title, String type, String docNumber, String validity) {
	}

	private <T> Mono<SearchResponse<T>> execute(SearchRequest request, Class<T> source) {
		return engine.client()
				.flatMap(client -> Mono.fromFuture(() -> client.search(request, source)))
				.onErrorMap(e -> !(e instanceof SearchEngineUnavailableException), SearchService::translate);
	}

	/** The engine refusing a request built from checked input is our fault, but the caller gets no 500 for it. */
	private static Throwable translate(Throwable error) {
		if (error instanceof ElasticsearchException es && es.status() >= 400 && es.status() < 500) {
			log.warn("Search engine rejected a request: {}", es.getMessage());
			return new InvalidSearchException("q", "rejected", "The search could not be run; simplify the query");
		}
		log.warn("Search failed: {}{}", error, error.getCause() == null ? "" : " (" + error.getCause() + ")");
		return new SearchEngineUnavailableException(error.getClass().getSimpleName());
	}

	private static SearchView view(SearchCriteria criteria, SearchResponse<SearchDocument> response) {
		List<SearchView.HitView> hits = response.hits().hits().stream().map(SearchService::hit).toList();
		Map<String, List<SearchView.FacetValue>> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			Aggregate filtered = response.aggregations().get(facet.field());
			facets.put(facet.field(), filtered == null ? List.of()
					: values(filtered.filter().aggregations().get(QueryFactory.FACET_VALUES)));
		}
		long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
		return new SearchView(total, response.took(), criteria.page(), criteria.size(), hits, facets);
	}

	private static List<SearchView.FacetValue> values(Aggregate terms) {
		if (terms == null) {
			return List.of();
		}
		if (terms.isSterms()) {
			return terms.sterms().buckets().array().stream()
					.map(b -> new SearchView.FacetValue(b.key().stringValue(), b.docCount())).toList();
		}
		if (terms.isLterms()) {
			return terms.lterms().buckets().array().stream()
					.map(b -> new SearchView.FacetValue(Long.toString(b.key()), b.docCount())).toList();
		}
		// An index without a single document answers "unmapped terms".
		return List.of();
	}

	private static SearchView.HitView hit(Hit<SearchDocument> hit) {
		SearchDocument doc = hit.source();
		return new SearchView.HitView(hit.id(), doc.type(), doc.title(), doc.docNumber(), doc.issuer(),
				doc.date() == null ? null : doc.date().toString(), doc.category(), doc.validity(), doc.riskLevel(),
				highlights(hit.highlight()), hit.score());
	}

	/**
	 * The title fragment first, then body fragments; from the word field, else from the bigram field. Marks
	 * that touch are joined, so the words of 小型微利企业 read as one run ({@code <em>小型微利企业</em>}), as
	 * a phrase match would mark them (a phrase in the highlight query cost a quarter of the throughput).
	 */
	static List<String> highlights(Map<String, List<String>> highlight) {
		List<String> fragments = new ArrayList<>();
		fragments.addAll(first(highlight, "title", "title.cjk"));
		fragments.addAll(first(highlight, "body", "body.cjk"));
		return fragments.stream().map(fragment -> fragment.replace("</em><em>", "")).toList();
	}

	private static List<String> first(Map<String, List<String>> highlight, String preferred, String fallback) {
		List<String> fragments = highlight.get(preferred);
		if (fragments == null || fragments.isEmpty()) {
			fragments = highlight.get(fallback);
		}
		return fragments == null ? List.of() : fragments;
	}

	private static SuggestionsView suggestions(SearchResponse<Titled> response) {
		Set<String> seen = new LinkedHashSet<>();
		List<SuggestionsView.Suggestion> suggestions = new ArrayList<>();
		var entries = response.suggest().getOrDefault("titles", List.of());
		for (var entry : entries) {
			for (var option : entry.completion().options()) {
				Titled doc = option.source();
				if (doc == null || !seen.add(doc.type() + ":" + option.id()) || suggestions.size() >= SUGGESTIONS) {
					continue;
				}
				suggestions.add(new SuggestionsView.Suggestion(doc.title(), option.id(), doc.type(),
						doc.docNumber(), doc.validity()));
			}
		}
		return new SuggestionsView(suggestions);
	}
}
