package org.sunshine.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriBuilder;
import org.sunshine.search.SearchServiceITSupport;
import org.sunshine.search.index.DocumentIndexer;

import reactor.test.StepVerifier;

/** Searches in Chinese against the real embedded node, over the {@link SearchCorpus} written through the indexer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT extends SearchServiceITSupport {

	@Autowired
	private DocumentIndexer indexer;

	@BeforeAll
	void indexFixture() {
		awaitEngine();
		StepVerifier.create(indexer.index(SearchCorpus.documents()).then(indexer.refresh())).verifyComplete();
	}

	@Test
	void shouldFindTheSmallLowProfitEnterprisePolicyWhenSearchingSmallBusinesses() {
		SearchView result = search(uri -> uri.queryParam("q", "{q}"), "小微企业");

		// p-03 says only 小型微利企业, never 小微企业.
		assertThat(ids(result)).contains("p-01", "p-02", "p-03", "p-09");
		assertThat(ids(result)).doesNotContain("p-05", "p-10");
	}

	@Test
	void shouldRankTheTitleMatchFirstWhenSearchingAWordOfTheTitle() {
		SearchView result = search(uri -> uri.queryParam("q", "{q}"), "研发费用加计扣除");

		assertThat(result.hits().getFirst().id()).isEqualTo("p-06");
	}

	@ParameterizedTest
	@ValueSource(strings = { "湘地税发〔2009〕18号", "湘地税发[2009]18号", "湘地税发（2009）18号", "湘地税发(2009)18号",
			"湘地税发【2009】18号" })
	void shouldFindTheSameDocumentFirstWhateverBracketsTheNumberIsTypedWith(String docNumber) {
		SearchView result = search(uri -> uri.queryParam("q", "{q}"), docNumber);

		assertThat(result.hits().getFirst().id()).isEqualTo("p-07");
		assertThat(result.hits().getFirst().validity()).isEqualTo("REPEALED");
	}

	@Test
	void shouldEscapeMarkupInHighlightsExceptTheEmphasis() {
		SearchView result = search(uri -> uri.queryParam("q", "{q}"), "小微企业");

		SearchView.HitView guide = result.hits().stream().filter(h -> h.id().equals("p-09")).findFirst().orElseThrow();
		String titleFragment = guide.highlights().getFirst();
		assertThat(titleFragment).contains("&lt;script&gt;").contains("<em>").doesNotContain("<script>");
		assertThat(guide.highlights()).allSatisfy(fragment -> assertThat(
				fragment.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">"));
		assertThat(guide.title()).startsWith("<script>");
	}

	@Test
	void shouldMarkTheSearchedWordsAsOneRunWhereTheyStandTogether() {
		SearchView result = search(uri -> uri.queryParam("q", "{q}"), "小型微利企业");

		assertThat(result.hits().getFirst().highlights()).anyMatch(fragment -> fragment.contains("<em>小型微利企业</em>"));
	}

	@Test
	void shouldRankTheRepealedNoticeBelowTheValidOneWhenBothMatch() {
		SearchView result = search(uri -> uri.queryParam("q", "{q}"), "政务公开");

		assertThat(ids(result)).containsSubsequence("p-08", "p-07");
		assertThat(result.hits().stream().filter(h -> h.id().equals("p-07")).findFirst().orElseThrow().validity())
				.isEqualTo("REPEALED");
	}

	@Test
	void shouldCountEveryFacetWithTheOtherFiltersWhenFilteringByIssuer() {
		SearchView result = search(uri -> uri.queryParam("issuer", "{issuer}"), PolicyFixture.MOF_STA);

		assertThat(result.total()).isEqualTo(10);
		assertThat(result.facets().get("category")).containsExactly(new SearchView.FacetValue("优惠政策", 9),
				new SearchView.FacetValue("最新法规", 1));
		assertThat(result.facets().get("year")).containsExactly(new SearchView.FacetValue("2023", 4),
				new SearchView.FacetValue("2022", 2), new SearchView.FacetValue("2021", 1),
				new SearchView.FacetValue("2020", 1), new SearchView.FacetValue("2019", 2));
		assertThat(result.facets().get("type")).containsExactly(new SearchView.FacetValue("policy", 10));
		assertThat(result.facets().get("validity")).containsExactly(new SearchView.FacetValue("VALID", 8),
				new SearchView.FacetValue("REPEALED", 2));
		// The issuer facet ignores its own filter, so the other issuers stay choosable.
		assertThat(result.facets().get("issuer")).contains(new SearchView.FacetValue(PolicyFixture.MOF_STA, 10),
				new SearchView.FacetValue("国务院", 2));
	}

	@Test
	void shouldNarrowTheOtherFacetsButNotItsOwnWhenACategoryIsChosen() {
		SearchView result = search(uri -> uri.queryParam("issuer", "{issuer}").queryParam("category", "最新法规"),
				PolicyFixture.MOF_STA);

		assertThat(result.total()).isEqualTo(1);
		assertThat(result.hits().getFirst().id()).isEqualTo("r-29");
		assertThat(result.facets().get("category")).contains(new SearchView.FacetValue("优惠政策", 9),
				new SearchView.FacetValue("最新法规", 1));
		assertThat(result.facets().get("year")).containsExactly(new SearchView.FacetValue("2019", 1));
	}

	@Test
	void shouldFilterPowerItemsByRiskLevel() {
		SearchView result = search(uri -> uri.queryParam("type", "power").queryParam("riskLevel", "HIGH"), null);

		assertThat(ids(result)).contains("XZCF-0001");
		assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.riskLevel()).isEqualTo("HIGH"));
	}

	@Test
	void shouldBrowseByDateWithValidDocumentsFirstWhenNothingIsAsked() {
		SearchView result = search(uri -> uri.queryParam("size", 50), null);

		List<SearchView.HitView> valid = result.hits().stream().filter(h -> h.validity().equals("VALID")).toList();
		assertThat(result.hits().subList(0, valid.size())).isEqualTo(valid);
		assertThat(valid).extracting(SearchView.HitView::date).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"小微企业", "title:税 AND (发票 OR *", "\\\\ /[]{}~^:!", "'; DROP TABLE policies; --" })
	void shouldAnswerNormallyWhenTheQueryHasLuceneSyntaxOrUnbalancedQuotes(String q) {
		web.get().uri(uri -> uri.path("/api/search").queryParam("q", "{q}").build(q))
				.exchange()
				.expectStatus().isOk();
	}

	@Test
	void shouldRefuseDeepPagingWithAProblem() {
		web.get().uri("/api/search?q=税&page=10000&size=10")
				.exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldCompleteTitlesFromTheirStartOrAfterTheLeadingAbout() {
		SuggestionsView fromStart = suggest("关于小型");
		SuggestionsView afterAbout = suggest("小型微利");

		assertThat(fromStart.suggestions()).extracting(SuggestionsView.Suggestion::id).contains("p-03");
		assertThat(afterAbout.suggestions()).extracting(SuggestionsView.Suggestion::text)
				.contains("关于小型微利企业所得税优惠政策的公告");
	}

	@Test
	void shouldReportReadyWhenTheEngineAndIndicesAreUp() {
		web.get().uri("/actuator/health/readiness")
				.exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	private SearchView search(java.util.function.Function<UriBuilder, UriBuilder> params, String value) {
		Map<String, String> variables = value == null ? Map.of() : Map.of("q", value, "issuer", value);
		return web.get().uri(uri -> params.apply(uri.path("/api/search")).build(variables))
				.exchange()
				.expectStatus().isOk()
				.expectBody(SearchView.class)
				.returnResult()
				.getResponseBody();
	}

	private SuggestionsView suggest(String prefix) {
		return web.get().uri(uri -> uri.path("/api/search/suggest").queryParam("q", "{q}").build(prefix))
				.exchange()
				.expectStatus().isOk()
				.expectBody(SuggestionsView.class)
				.returnResult()
				.getResponseBody();
	}

	private static List<String> ids(SearchView result) {
		return result.hits().stream().map(SearchView.HitView::id).toList();
	}
}
