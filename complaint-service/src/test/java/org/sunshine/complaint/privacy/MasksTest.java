package org.sunshine.complaint.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "null", textBlock = """
			13812345678,    138****5678
			+8613812345678, +86****5678
			1381234,        138****1234
			138123,         ****
			'',             ****
			null,           null
			""")
	void shouldShowOnlyTheFirstThreeAndLastFourDigitsWhenMaskingAPhone(String phone, String masked) {
		assertThat(Masks.phone(phone)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "null", textBlock = """
			张三丰,     张**
			张三,       张*
			张,         张*
			欧阳娜娜,   欧***
			'',         ''
			null,       null
			""")
	void shouldShowOnlyTheFirstCharacterWhenMaskingAName(String name, String masked) {
		assertThat(Masks.name(name)).isEqualTo(masked);
	}

	/** Rare characters (生僻字) outside the BMP are one character of two UTF-16 units. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			𠀀三,   𠀀*
			𪚥丽丽, 𪚥**
			王𠀀,   王*
			""")
	void shouldKeepTheWholeFirstCharacterWhenItIsOutsideTheBasicPlane(String name, String masked) {
		assertThat(Masks.name(name)).isEqualTo(masked);
	}

}
