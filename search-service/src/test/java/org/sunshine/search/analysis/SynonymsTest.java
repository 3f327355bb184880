package org.sunshine.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SynonymsTest {

	private final Synonyms synonyms = Synonyms.standard();

	@Test
	void shouldAlsoSearchTheFullTermWhenTheQueryUsesTheShortOne() {
		assertThat(synonyms.expand("小微企业所得税")).containsExactly("小型微利企业所得税");
	}

	@Test
	void shouldAlsoSearchTheShortTermWhenTheQueryUsesTheFullOne() {
		assertThat(synonyms.expand("小型微利企业")).containsExactly("小微企业");
	}

	@Test
	void shouldNotExpandWhenTheQueryAlreadyHoldsBothWordings() {
		assertThat(synonyms.expand("研发费用加计扣除")).isEmpty();
	}

	@Test
	void shouldNotExpandWhenNoTermIsKnown() {
		assertThat(synonyms.expand("发票")).isEmpty();
	}

	@Test
	void shouldSkipCommentsAndSingleTermsWhenParsing() {
		Synonyms parsed = Synonyms.parse(List.of("# comment", "孤词", " 甲 , 乙 ", ""));

		assertThat(parsed.expand("甲方")).containsExactly("乙方");
		assertThat(parsed.expand("孤词")).isEmpty();
	}
}
