package org.sunshine.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.RiskLevel;
import org.sunshine.search.index.Validity;

class SearchCriteriaTest {

	@Test
	void shouldBrowseTheFirstTenWhenNothingIsGiven() {
		SearchCriteria criteria = SearchCriteria.of(null, null, null, null, null, null, null, null, null);

		assertThat(criteria.browsing()).isTrue();
		assertThat(criteria.type()).isNull();
		assertThat(criteria.page()).isZero();
		assertThat(criteria.size()).isEqualTo(10);
	}

	@Test
	void shouldBrowseWhenTheQueryIsOnlyBlanksAndControlCharacters() {
		assertThat(SearchCriteria.of(" \t\u0000 ", null, null, null, null, null, null, null, null).browsing())
				.isTrue();
	}

	@Test
	void shouldAcceptEveryKnownValueInAnyCaseWhenFiltering() {
		SearchCriteria criteria = SearchCriteria.of(" 小微企业 ", "Power", " 行政处罚 ", "稽查局", "2024", "repealed",
				"high", 3, 50);

		assertThat(criteria.q()).isEqualTo("小微企业");
		assertThat(criteria.type()).isEqualTo(DocumentType.POWER);
		assertThat(criteria.category()).isEqualTo("行政处罚");
		assertThat(criteria.year()).isEqualTo(2024);
		assertThat(criteria.validity()).isEqualTo(Validity.REPEALED);
		assertThat(criteria.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(criteria.from()).isEqualTo(150);
	}

	@Test
	void shouldSearchAllTypesWhenTypeIsAll() {
		assertThat(SearchCriteria.of("q", "all", null, null, null, null, null, null, null).type()).isNull();
	}

	@Test
	void shouldKeepLuceneSyntaxAsPlainTextWhenTheQueryHasIt() {
		assertThat(SearchCriteria.of("\"税 AND (发票 OR *", null, null, null, null, null, null, null, null).q())
				.isEqualTo("\"税 AND (发票 OR *");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"size too big | size |  |  |  |  | 0 | 51",
			"size zero | size |  |  |  |  | 0 | 0",
			"negative page | page |  |  |  |  | -1 | 10",
			"past the window | page |  |  |  |  | 1000 | 10",
			"size=10000 | size |  |  |  |  | 0 | 10000",
			"unknown type | type | law |  |  |  | 0 | 10",
			"unknown validity | validity |  |  | EXPIRED |  | 0 | 10",
			"unknown risk level | riskLevel |  |  |  | RED | 0 | 10",
			"year not a number | year |  | 二〇二四 |  |  | 0 | 10",
			"year out of range | year |  | 1800 |  |  | 0 | 10" })
	void shouldRefuseWithABadRequestNamingTheParameter(String caseName, String parameter, String type, String year,
			String validity, String riskLevel, Integer page, Integer size) {
		assertThatThrownBy(() -> SearchCriteria.of("q", type, null, null, year, validity, riskLevel, page, size))
				.isInstanceOfSatisfying(InvalidSearchException.class, e -> {
					assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(e.getBody().getProperties()).containsEntry("parameter", parameter);
				});
	}

	@Test
	void shouldRefuseAQueryLongerThan200CharactersWhenSearching() {
		assertThatThrownBy(() -> SearchCriteria.of("税".repeat(2000), null, null, null, null, null, null, null, null))
				.isInstanceOfSatisfying(InvalidSearchException.class,
						e -> assertThat(e.getBody().getProperties()).containsEntry("parameter", "q"));
	}

	@Test
	void shouldAcceptTheLastPageOfTheWindowWhenPaging() {
		assertThat(SearchCriteria.of("q", null, null, null, null, null, null, 199, 50).from()).isEqualTo(9950);
	}

	@Test
	void shouldRefuseAnOverlongFilterWhenFiltering() {
		assertThatThrownBy(() -> SearchCriteria.of(null, null, "类".repeat(101), null, null, null, null, null, null))
				.isInstanceOf(InvalidSearchException.class);
	}
}
