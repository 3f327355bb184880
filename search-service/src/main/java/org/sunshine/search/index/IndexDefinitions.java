package org.sunshine.search.index;

import org.sunshine.search.analysis.DocNumbers;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.IndexOptions;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;

/**
 * The index definitions this service owns. A change to the mapping or the analysis bumps {@link #VERSION}: the
 * service then builds {@code <alias>-v<VERSION>} beside the old index, fills it from the change feed, and moves the
 * alias when it has caught up.
 */
final class IndexDefinitions {

	/** Mapping version of the {@code policies} and {@code powers} indices (2: offsets on the title fields too). */
	static final int VERSION = 2;

	static final String CHECKPOINTS = "search-checkpoints";

	static final String CHINESE = "smartcn";

	static final String BIGRAMS = "cjk";

	static final String DOC_NUMBER_NORMALIZER = "doc_number";

	private IndexDefinitions() {
	}

	static String indexName(DocumentType type, int version) {
		return type.alias() + "-v" + version;
	}

	static IndexSettings documentSettings(EngineProperties.Index index) {
		return IndexSettings.of(s -> s.numberOfShards(Integer.toString(index.shards()))
				.numberOfReplicas(Integer.toString(index.replicas()))
				.analysis(a -> a
						.charFilter("doc_number_folds",
								c -> c.definition(d -> d.mapping(m -> m.mappings(DocNumbers.mappingRules()))))
						.normalizer(DOC_NUMBER_NORMALIZER,
								n -> n.custom(c -> c.charFilter("doc_number_folds").filter("lowercase")))));
	}

	/** Both indices share one document shape, so one search can span both aliases. */
	static TypeMapping documentMapping() {
		return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
				.properties("id", p -> p.keyword(k -> k))
				.properties("type", p -> p.keyword(k -> k))
				// Offsets in the index let the highlighter read matches instead of analysing the text again.
				.properties("title", p -> p.text(t -> t.analyzer(CHINESE).indexOptions(IndexOptions.Offsets)
						.fields(BIGRAMS, f -> f.text(b -> b.analyzer(BIGRAMS).indexOptions(IndexOptions.Offsets)))
						.fields("raw", f -> f.keyword(k -> k.ignoreAbove(512)))))
				.properties("body", p -> p.text(t -> t.analyzer(CHINESE).indexOptions(IndexOptions.Offsets)
						.fields(BIGRAMS, f -> f.text(b -> b.analyzer(BIGRAMS).indexOptions(IndexOptions.Offsets)))))
				.properties("docNumber", p -> p.keyword(k -> k.normalizer(DOC_NUMBER_NORMALIZER).ignoreAbove(256)
						.fields("text", f -> f.text(b -> b.analyzer(BIGRAMS)))))
				.properties("issuer", p -> p.keyword(k -> k.ignoreAbove(256)))
				.properties("category", p -> p.keyword(k -> k.ignoreAbove(256)))
				.properties("date", p -> p.date(d -> d.format("strict_date")))
				.properties("year", p -> p.integer(i -> i))
				.properties("validity", p -> p.keyword(k -> k))
				.properties("riskLevel", p -> p.keyword(k -> k))
				.properties("version", p -> p.long_(l -> l.index(false)))
				.properties("suggest", p -> p.completion(c -> c.analyzer("keyword").searchAnalyzer("keyword"))));
	}

	static TypeMapping checkpointMapping() {
		return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
				.properties("index", p -> p.keyword(k -> k))
				.properties("indexUuid", p -> p.keyword(k -> k))
				.properties("sequence", p -> p.long_(l -> l)));
	}
}
