package org.sunshine.complaint.complaint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StepRequestTest {

	@ParameterizedTest(name = "If-Match [{0}] -> {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			'"3"'     | 3
			'W/"12"'  | 12
			7         | 7
			'"abc"'   | -1
			'   '     | null
			""")
	void shouldReadTheVersionWhenIfMatchIsGiven(String header, Long version) {
		assertThat(StepRequest.parseIfMatch(header)).isEqualTo(version);
	}

}
