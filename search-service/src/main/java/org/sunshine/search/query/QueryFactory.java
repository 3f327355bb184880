package org.sunshine.search.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sunshine.search.analysis.DocNumbers;
import org.sunshine.search.analysis.Synonyms;
import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.Validity;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

/**
 * Turns checked criteria into an engine request, only through the typed query DSL: user text goes into match
 * queries, never into a query-string parser, so quotes, brackets and Lucene operators are just characters.
 *
 * <p>Relevance: a document must match most of the query's character bigrams, or all its words, or a synonym
 * wording, or be the exact document number. The exact document number scores far above any text match; phrase and
 * title matches rank higher; repealed documents get a tenth of their score, so they stay findable but sink below
 * valid ones. Filters apply after the query ({@code post_filter}) so every facet counts as if its own filter were
 * not set.
 */
final class QueryFactory {

	static final String[] INDICES = { DocumentType.POLICY.alias(), DocumentType.POWER.alias() };

	static final float EXACT_DOC_NUMBER_BOOST = 1000f;

	static final double REPEALED_WEIGHT = 0.1;

	static final String FACET_VALUES = "values";

	/** The fields whose matches are marked, the word fields and their bigram subfields. */
	private static final List<String> HIGHLIGHTED = List.of("title", "title.cjk", "body", "body.cjk");

	private final Synonyms synonyms;

	QueryFactory(Synonyms synonyms) {
		this.synonyms = synonyms;
	}

	SearchRequest search(SearchCriteria criteria) {
		Map<String, Query> filters = filters(criteria);
		return SearchRequest.of(s -> {
			s.index(List.of(INDICES))
					.from(criteria.from())
					.size(criteria.size())
					.trackTotalHits(t -> t.enabled(true))
					.query(rankRepealedLower(criteria.browsing() ? Query.of(q -> q.matchAll(m -> m))
							: relevance(criteria.q())))
					.source(src -> src.filter(f -> f.excludes("body", "suggest")));
			if (!filters.isEmpty()) {
				s.postFilter(allOf(filters.values()));
			}
			for (Facet facet : Facet.values()) {
				List<Query> others = filters.entrySet().stream().filter(e -> !e.getKey().equals(facet.field()))
						.map(Map.Entry::getValue).toList();
				s.aggregations(facet.field(), a -> a.filter(allOf(others))
						.aggregations(FACET_VALUES, v -> v.terms(t -> {
							t.field(facet.field()).size(facet.size());
							if (facet == Facet.YEAR) {
								t.order(NamedValue.of("_key", SortOrder.Desc));
							}
							return t;
						})));
			}
			// Browsing scores are 1 or the repealed weight, so valid documents come first there too.
			s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
			if (!criteria.browsing()) {
				s.highlight(h -> h.encoder(HighlighterEncoder.Html)
						.highlightQuery(highlighting(criteria.q()))
						.preTags("<em>")
						.postTags("</em>")
						.fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
								NamedValue.of("title.cjk", HighlightField.of(f -> f.numberOfFragments(0))),
								NamedValue.of("body", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(3))),
								NamedValue.of("body.cjk",
										HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(3)))));
			}
			s.sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing("_last")));
			s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
			return s;
		});
	}

	/** The words must match; how well they match is the score. */
	Query relevance(String q) {
		List<Query> ways = new ArrayList<>();
		ways.add(bigrams(q, 1f));
		ways.add(Query.of(w -> w.multiMatch(m -> m.query(q).fields("title^3", "body")
				.type(TextQueryType.CrossFields).operator(Operator.And))));
		for (String variant : synonyms.expand(q)) {
			ways.add(bigrams(variant, 0.8f));
		}
		ways.add(Query.of(w -> w.constantScore(c -> c.boost(EXACT_DOC_NUMBER_BOOST)
				.filter(f -> f.term(t -> t.field("docNumber").value(DocNumbers.normalize(q)))))));
		Query mustMatch = Query.of(b -> b.bool(bool -> bool.should(ways).minimumShouldMatch("1")));
		return Query.of(b -> b.bool(bool -> bool.must(mustMatch)
				.should(sh -> sh.multiMatch(m -> m.query(q).fields("title^3", "body")))
				.should(sh -> sh.matchPhrase(m -> m.field("title").query(q).boost(5f)))
				.should(sh -> sh.matchPhrase(m -> m.field("title.cjk").query(q).boost(3f)))
				.should(sh -> sh.matchPhrase(m -> m.field("body.cjk").query(q).boost(1f)))));
	}

	/**
	 * What to mark in the hits: the words and their synonym wordings in each highlighted field, as a plain
	 * disjunction (adjacent marks are joined afterwards, see {@code SearchService#highlights}). Highlighting with the ranking query itself made the highlighter evaluate its function
	 * score, cross-field blends and phrases again for every field of every hit (the larger part of a search's
	 * cost in a profile); the marked terms are the same, since each field analyses the text as it does there.
	 */
	Query highlighting(String q) {
		List<String> texts = new ArrayList<>();
		texts.add(q);
		texts.addAll(synonyms.expand(q));
		List<Query> marks = new ArrayList<>();
		for (String text : texts) {
			for (String field : HIGHLIGHTED) {
				marks.add(Query.of(m -> m.match(t -> t.field(field).query(text))));
			}
		}
		return Query.of(b -> b.bool(bool -> bool.should(marks)));
	}

	private static Query bigrams(String text, float boost) {
		return Query.of(w -> w.multiMatch(m -> m.query(text).fields("title.cjk^3", "body.cjk", "docNumber.text")
				.type(TextQueryType.CrossFields).minimumShouldMatch("75%").boost(boost)));
	}

	private static Query rankRepealedLower(Query query) {
		return Query.of(q -> q.functionScore(fs -> fs.query(query)
				.functions(fn -> fn.filter(f -> f.term(t -> t.field("validity").value(Validity.REPEALED.name())))
						.weight(REPEALED_WEIGHT))
				.scoreMode(FunctionScoreMode.Multiply)
				.boostMode(FunctionBoostMode.Multiply)));
	}

	/** The filters by field; the risk level has no facet, so it narrows every facet too. */
	private static Map<String, Query> filters(SearchCriteria criteria) {
		Map<String, Query> filters = new LinkedHashMap<>();
		if (criteria.type() != null) {
			filters.put("type", term("type", FieldValue.of(criteria.type().value())));
		}
		if (criteria.category() != null) {
			filters.put("category", term("category", FieldValue.of(criteria.category())));
		}
		if (criteria.issuer() != null) {
			filters.put("issuer", term("issuer", FieldValue.of(criteria.issuer())));
		}
		if (criteria.year() != null) {
			filters.put("year", term("year", FieldValue.of(criteria.year())));
		}
		if (criteria.validity() != null) {
			filters.put("validity", term("validity", FieldValue.of(criteria.validity().name())));
		}
		if (criteria.riskLevel() != null) {
			filters.put("riskLevel", term("riskLevel", FieldValue.of(criteria.riskLevel().name())));
		}
		return filters;
	}

	private static Query allOf(java.util.Collection<Query> filters) {
		return Query.of(q -> q.bool(b -> b.filter(List.copyOf(filters))));
	}

	private static Query term(String field, FieldValue value) {
		return Query.of(q -> q.term(t -> t.field(field).value(value)));
	}

	SearchRequest suggest(String prefix, int size) {
		return SearchRequest.of(s -> s.index(List.of(INDICES))
				.size(0)
				.source(src -> src.filter(f -> f.includes("type", "title", "docNumber", "validity")))
				.suggest(sg -> sg.suggesters("titles", ts -> ts.prefix(prefix)
						.completion(c -> c.field("suggest").size(size).skipDuplicates(true)))));
	}
}
