package org.sunshine.search.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sunshine.search.index.SearchDocument;

class FeedDocumentsTest {

	@Test
	void shouldIndexAPublishedPolicyAsValidWithItsIssueDate() {
		SearchDocument doc = FeedDocuments.policy(FeedFixture.policy(7, "p-0007", 2, "PUBLISHED", "小型微利企业所得税"))
				.orElseThrow();

		assertThat(doc.id()).isEqualTo("p-0007");
		assertThat(doc.type()).isEqualTo("policy");
		assertThat(doc.version()).isEqualTo(2);
		assertThat(doc.validity()).isEqualTo("VALID");
		assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(doc.year()).isEqualTo(2024);
		assertThat(doc.suggest().input()).contains("小型微利企业所得税", "湘地税发〔2024〕7号");
	}

	@Test
	void shouldKeepARepealedPolicyMarkedRepealed() {
		SearchDocument doc = FeedDocuments.policy(FeedFixture.policy(8, "p-0007", 3, "REPEALED", "旧政策")).orElseThrow();

		assertThat(doc.validity()).isEqualTo("REPEALED");
		assertThat(doc.suggest().weight()).isLessThan(10);
	}

	@Test
	void shouldSkipAnItemThatIsNeitherPublishedNorRepealed() {
		assertThat(FeedDocuments.policy(FeedFixture.policy(9, "p-0009", 1, "DRAFT", "草稿"))).isEmpty();
		assertThat(FeedDocuments.power(FeedFixture.power(9, "XZCF-0009", 1, "IN_REVIEW"))).isEmpty();
	}

	@Test
	void shouldSearchAPowerItemByItsBasisStepsAndRiskWhenMapped() {
		SearchDocument doc = FeedDocuments.power(FeedFixture.power(3, "XZCF-0001", 1, "PUBLISHED")).orElseThrow();

		assertThat(doc.type()).isEqualTo("power");
		assertThat(doc.docNumber()).isEqualTo("XZCF-0001");
		assertThat(doc.issuer()).isEqualTo("稽查局");
		assertThat(doc.category()).isEqualTo("行政处罚");
		assertThat(doc.riskLevel()).isEqualTo("HIGH");
		assertThat(doc.body()).contains("税收征收管理法", "第六十二条", "立案", "责令限期改正通知书", "自由裁量权过大");
	}

	@Test
	void shouldDateAPowerItemOnTheBureausCalendarDayWhenPublishedLateInTheEvening() {
		SearchDocument doc = FeedDocuments.power(FeedFixture.power(3, "XZCF-0001", 1, "PUBLISHED")).orElseThrow();

		assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 12, 31));
	}
}
