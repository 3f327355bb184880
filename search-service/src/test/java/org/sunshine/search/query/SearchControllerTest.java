package org.sunshine.search.query;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.sunshine.defaults.problem.ProblemDetailsAutoConfiguration;
import org.sunshine.defaults.security.ResourceServerDefaultsAutoConfiguration;
import org.sunshine.search.index.SearchEngineUnavailableException;

import reactor.core.publisher.Mono;

/** The public search endpoints behind the service-defaults security and problem rendering, without a token. */
@WebFluxTest(SearchController.class)
@ImportAutoConfiguration({ ProblemDetailsAutoConfiguration.class, ResourceServerDefaultsAutoConfiguration.class })
class SearchControllerTest {

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private SearchService service;

	/** No token is decoded here; the resource-server chain only needs a decoder to exist. */
	@MockitoBean
	private ReactiveJwtDecoder jwtDecoder;

	@Test
	void shouldAnswerWithoutATokenWhenSearching() {
		when(service.search(any())).thenReturn(Mono.just(new SearchView(1, 3, 0, 10,
				List.of(new SearchView.HitView("p-1", "policy", "关于小型微利企业所得税优惠政策的公告", "国家税务总局公告2023年第6号",
						"国家税务总局", "2023-03-26", "优惠政策", "VALID", null, List.of("关于<em>小型微利企业</em>"), 12.5)),
				Map.of("type", List.of(new SearchView.FacetValue("policy", 1))))));

		client.get().uri(uri -> uri.path("/api/search").queryParam("q", "{q}").build("小型微利企业"))
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.total").isEqualTo(1)
				.jsonPath("$.hits[0].highlights[0]").isEqualTo("关于<em>小型微利企业</em>")
				.jsonPath("$.facets.type[0].count").isEqualTo(1);
	}

	@Test
	void shouldRefuseInChineseWithAProblemWhenThePageSizeIsTooBig() {
		client.get().uri("/api/search?q=tax&size=10000")
				.exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.title").isEqualTo("检索条件有误")
				.jsonPath("$.detail").isEqualTo("每页条数（size）须在 1 到 50 之间。")
				.jsonPath("$.parameter").isEqualTo("size");
		verifyNoInteractions(service);
	}

	@Test
	void shouldRefuseInEnglishWhenAskedInEnglishForAnUnknownType() {
		client.get().uri("/api/search?type=law")
				.header("Accept-Language", "en")
				.exchange()
				.expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.detail").isEqualTo("type must be one of policy, power, all.")
				.jsonPath("$.parameter").isEqualTo("type");
	}

	@Test
	void shouldRefusePagingPastTheWindowWhenDeepPaging() {
		client.get().uri("/api/search?q=tax&page=500&size=50")
				.exchange()
				.expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.parameter").isEqualTo("page");
	}

	@Test
	void shouldRefuseAQueryOf2000CharactersWhenSearching() {
		client.get().uri(uri -> uri.path("/api/search").queryParam("q", "{q}").build("税".repeat(2000)))
				.exchange()
				.expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.parameter").isEqualTo("q");
	}

	@Test
	void shouldAnswerServiceUnavailableWhenTheEngineIsStarting() {
		when(service.search(any())).thenReturn(Mono.error(new SearchEngineUnavailableException("starting")));

		client.get().uri("/api/search?q=tax")
				.exchange()
				.expectStatus().isEqualTo(503)
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldAnswerSuggestionsWithoutATokenWhenTyping() {
		when(service.suggest("小型")).thenReturn(Mono.just(new SuggestionsView(
				List.of(new SuggestionsView.Suggestion("小型微利企业所得税优惠", "p-1", "policy", null, "VALID")))));

		client.get().uri(uri -> uri.path("/api/search/suggest").queryParam("q", "{q}").build("小型"))
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.suggestions[0].text").isEqualTo("小型微利企业所得税优惠");
	}
}
