package org.sunshine.disclosure.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way people write the same 文号 folds into one key; different numbers stay apart. */
class DocumentNumbersTest {

	private static final String KEY = "湘税发〔2024〕12号";

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			// 〔〕: the official form
			"湘税发〔2024〕12号",
			// [] and full-width ［］
			"湘税发[2024]12号", "湘税发［2024］12号",
			// full-width （） and ASCII ()
			"湘税发（2024）12号", "湘税发(2024)12号",
			// other brackets seen in scanned documents
			"湘税发【2024】12号", "湘税发〖2024〗12号", "湘税发{2024}12号",
			// full-width digits
			"湘税发〔２０２４〕１２号", "湘税发（２０２４）１２号",
			// spaces: ASCII, ideographic (U+3000), no-break (U+00A0), tab, around and inside
			"湘税发 〔2024〕 12号", "湘税发〔2024〕　12号", "湘税发\u00A0[2024]\u00A012号", " 湘税发\t(2024)12 号 " })
	void shouldFoldToTheSameKeyWhenTheNumberIsWrittenWithAnotherBracketDigitOrSpacing(String written) {
		assertThat(DocumentNumbers.key(written)).isEqualTo(KEY);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "湘税发〔2024〕13号", "湘税发〔2023〕12号", "湘地税发〔2024〕12号", "湘税函〔2024〕12号" })
	void shouldKeepDocumentsApartWhenTheirNumbersDiffer(String other) {
		assertThat(DocumentNumbers.key(other)).isNotEqualTo(KEY);
	}

	@Test
	void shouldDropSpacesInsideIssuerNamesWhenTheNumberHasNoBrackets() {
		assertThat(DocumentNumbers.key("财政部 税务总局公告2023年第12号"))
			.isEqualTo(DocumentNumbers.key("财政部税务总局公告2023年第12号"))
			.isEqualTo("财政部税务总局公告2023年第12号");
	}

}
