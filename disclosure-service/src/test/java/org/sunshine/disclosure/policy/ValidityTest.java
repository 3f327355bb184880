package org.sunshine.disclosure.policy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sunshine.disclosure.feed.PublicationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A policy is repealed by status or from its repeal date on; a repeal date still ahead leaves it valid. */
class ValidityTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	@ParameterizedTest(name = "{0}, repealed on {1} → {2}")
	@CsvSource(nullValues = "none", textBlock = """
			PUBLISHED, none,       VALID
			PUBLISHED, 2025-07-01, VALID
			PUBLISHED, 2025-06-30, REPEALED
			PUBLISHED, 2022-01-01, REPEALED
			REPEALED,  none,       REPEALED
			REPEALED,  2030-01-01, REPEALED
			""")
	void shouldTellValidityWhenGivenStatusAndRepealDate(PublicationStatus status, LocalDate repealedOn,
			Validity expected) {
		PolicyContent content = new PolicyContent("湘中税发〔2024〕3号", "标题", "国家税务总局湘中市税务局", "最新法规",
				LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 1), repealedOn, "正文");

		assertThat(Validity.of(status, content, TODAY)).isEqualTo(expected);
	}

}
