package org.sunshine.search.query;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTest {

	@Test
	void shouldJoinMarksThatTouchIntoOneRun() {
		List<String> fragments = SearchService.highlights(Map.of("title",
				List.of("关于<em>小型</em><em>微利</em><em>企业</em>所得税优惠政策的<em>公告</em>")));

		assertThat(fragments).containsExactly("关于<em>小型微利企业</em>所得税优惠政策的<em>公告</em>");
	}

	@Test
	void shouldTakeTheTitleFirstAndTheBigramFieldOnlyWhenTheWordFieldHasNone() {
		List<String> fragments = SearchService.highlights(Map.of("title.cjk", List.of("<em>个税</em>汇算"), "body",
				List.of("办理<em>个税</em>", "<em>个税</em>年度")));

		assertThat(fragments).containsExactly("<em>个税</em>汇算", "办理<em>个税</em>", "<em>个税</em>年度");
	}

}
