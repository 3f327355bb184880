package org.sunshine.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sunshine.search.analysis.Synonyms;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.json.JsonpSerializable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QueryFactoryTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final QueryFactory factory = new QueryFactory(Synonyms.standard());

	@Test
	void shouldNeverUseAQueryStringParserWhenTheQueryHasLuceneSyntax() {
		String json = json(factory.search(criteria("title:税 AND \"发票 OR (x", null, null)));

		assertThat(json).doesNotContain("query_string").doesNotContain("simple_query_string");
		assertThat(json).contains("title:税 AND \\\"发票 OR (x");
	}

	@Test
	void shouldScoreTheExactNormalizedDocumentNumberFarAboveTextWhenSearching() {
		JsonNode request = tree(factory.search(criteria("湘地税发〔2009〕18号", null, null)));

		JsonNode exact = find(request, "constant_score");
		assertThat(exact.path("boost").asDouble()).isEqualTo(QueryFactory.EXACT_DOC_NUMBER_BOOST);
		assertThat(exact.toString()).contains("湘地税发[2009]18号");
	}

	@Test
	void shouldWeighRepealedDocumentsDownWhenSearching() {
		JsonNode functionScore = find(tree(factory.search(criteria("发票", null, null))), "function_score");

		assertThat(functionScore.path("functions").get(0).path("weight").asDouble())
				.isEqualTo(QueryFactory.REPEALED_WEIGHT);
		assertThat(functionScore.path("functions").get(0).toString()).contains("REPEALED");
	}

	@Test
	void shouldAddTheSynonymWordingWhenTheQueryHasAKnownTerm() {
		assertThat(json(factory.search(criteria("小微企业", null, null)))).contains("小型微利企业");
	}

	@Test
	void shouldHighlightWithTheHtmlEncoderOnlyEmTagsWhenSearching() {
		JsonNode highlight = tree(factory.search(criteria("发票", null, null))).path("highlight");

		assertThat(highlight.path("encoder").asString()).isEqualTo("html");
		assertThat(highlight.path("pre_tags").get(0).asString()).isEqualTo("<em>");
		assertThat(highlight.path("post_tags").get(0).asString()).isEqualTo("</em>");
	}

	@Test
	void shouldMarkTheWordsAndTheirSynonymWordingsWithAPlainQueryNotTheRankingOne() {
		JsonNode highlightQuery = tree(factory.search(criteria("小微企业", null, null))).path("highlight")
				.path("highlight_query");

		String marked = highlightQuery.toString();
		assertThat(marked).contains("小微企业", "小型微利企业")
				.doesNotContain("function_score", "multi_match", "match_phrase", "docNumber");
		assertThat(highlightQuery.path("bool").path("should")).hasSize(2 * 4);
	}

	@Test
	void shouldBrowseEverythingByDateWithoutHighlightWhenThereIsNoQuery() {
		JsonNode request = tree(factory.search(criteria(null, null, null)));

		assertThat(request.toString()).contains("match_all");
		assertThat(request.has("highlight")).isFalse();
		assertThat(request.has("post_filter")).isFalse();
		assertThat(request.path("sort").toString()).contains("date");
	}

	@Test
	void shouldCountEachFacetWithoutItsOwnFilterWhenFiltered() {
		JsonNode request = tree(factory.search(criteria("发票", "优惠政策", "VALID")));

		assertThat(request.path("post_filter").toString()).contains("优惠政策", "VALID");
		JsonNode aggregations = request.path("aggregations");
		assertThat(aggregations.path("category").path("filter").toString()).doesNotContain("优惠政策")
				.contains("VALID");
		assertThat(aggregations.path("validity").path("filter").toString()).contains("优惠政策")
				.doesNotContain("VALID");
		assertThat(aggregations.path("type").path("filter").toString()).contains("优惠政策", "VALID");
	}

	@Test
	void shouldPageWithFromAndSizeWhenAskedForALaterPage() {
		JsonNode request = tree(factory.search(SearchCriteria.of("发票", null, null, null, null, null, null, 3, 20)));

		assertThat(request.path("from").asInt()).isEqualTo(60);
		assertThat(request.path("size").asInt()).isEqualTo(20);
	}

	private static SearchCriteria criteria(String q, String category, String validity) {
		return SearchCriteria.of(q, null, category, null, null, validity, null, null, null);
	}

	private static String json(JsonpSerializable request) {
		return JsonpUtils.toJsonString(request, new Jackson3JsonpMapper());
	}

	private static JsonNode tree(JsonpSerializable request) {
		return JSON.readTree(json(request));
	}

	private static JsonNode find(JsonNode node, String field) {
		JsonNode found = node.findValue(field);
		assertThat(found).as("request has %s", field).isNotNull();
		return found;
	}
}
