package org.sunshine.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingCharFilterFactoryTest {

	@ParameterizedTest
	@CsvSource({ "'\\u0020', ' '", "'\\u3000', '\u3000'", "'a\\tb', 'a\tb'", "'\\\\', '\\'", "〔, 〔" })
	void shouldReadEscapesLikeTheAnalysisModuleWhenParsingRules(String escaped, String expected) {
		assertThat(MappingCharFilterFactory.unescape(escaped)).isEqualTo(expected);
	}

	@Test
	void shouldRejectARuleWithoutArrowWhenParsing() {
		assertThatIllegalArgumentException().isThrownBy(() -> MappingCharFilterFactory.of("m", List.of("a -> b")));
	}

	@Test
	void shouldEscapeCharactersTheRuleSyntaxWouldTrimWhenRenderingRules() {
		assertThat(DocNumbers.mappingRules()).contains("〔 => [", "\\u0020 => ", "\\u3000 => ", "０ => 0");
	}
}
