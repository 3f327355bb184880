package org.sunshine.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocNumbersTest {

	@ParameterizedTest
	@ValueSource(strings = { "湘地税发〔2024〕12号", "湘地税发[2024]12号", "湘地税发（2024）12号", "湘地税发(2024)12号",
			"湘地税发【2024】12号", "湘地税发［２０２４］１２号", "湘地税发 〔2024〕 12号", "湘地税发﹝2024﹞12号" })
	void shouldFoldEveryBracketShapeToOneFormWhenNormalizing(String variant) {
		assertThat(DocNumbers.normalize(variant)).isEqualTo("湘地税发[2024]12号");
	}

	@ParameterizedTest
	@CsvSource({ "国家税务总局公告2023年第12号, 国家税务总局公告2023年第12号", "XZCF-0001, xzcf-0001",
			"'', ''" })
	void shouldKeepOtherCharactersWhenNormalizing(String input, String expected) {
		assertThat(DocNumbers.normalize(input)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "湘地税发〔2024〕12号", "湘地税发（２０２４）12号", "湘地税发 [2024] 12号", "湘地税发　(2024)12号" })
	void shouldFoldLikeTheCodeWhenTheEngineAppliesTheMappingRules(String variant) throws IOException {
		MappingCharFilterFactory filter = MappingCharFilterFactory.of("doc_number_folds", DocNumbers.mappingRules());

		// The engine lower-cases after the mapping; the document numbers here have no letters.
		assertThat(read(filter.create(new StringReader(variant)))).isEqualTo(DocNumbers.normalize(variant));
	}

	private static String read(Reader reader) throws IOException {
		StringBuilder out = new StringBuilder();
		char[] buffer = new char[64];
		for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
			out.append(buffer, 0, n);
		}
		return out.toString();
	}
}
