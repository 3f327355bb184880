package org.sunshine.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.search.SearchServiceITSupport;
import org.sunshine.search.index.DocumentIndexer;
import org.sunshine.search.index.SearchDocument;

import reactor.test.StepVerifier;
import tools.jackson.core.type.TypeReference;

/**
 * Relevance on a judged set: 37 documents (32 policies), 28 queries with the documents a reader would want. Reports
 * precision@5 and MRR and fails when either drops below the values recorded in {@code relevance/baseline.properties}.
 * Hits other tests indexed are left out, so the figures do not depend on test order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceIT extends SearchServiceITSupport {

	private static final Logger log = LoggerFactory.getLogger(RelevanceIT.class);

	record Judgment(String q, List<String> relevant) {
	}

	@Autowired
	private DocumentIndexer indexer;

	private List<SearchDocument> corpus;

	@BeforeAll
	void indexCorpus() {
		awaitEngine();
		corpus = SearchCorpus.documents();
		StepVerifier.create(indexer.index(corpus).then(indexer.refresh())).verifyComplete();
	}

	@Test
	void shouldKeepPrecisionAndReciprocalRankAtLeastAtTheRecordedValues() throws IOException {
		List<Judgment> judgments = SearchCorpus.read("/relevance/judgments.json", new TypeReference<>() { });
		Set<String> corpusIds = corpus.stream().map(SearchDocument::id).collect(Collectors.toSet());
		double precisionSum = 0;
		double reciprocalRankSum = 0;
		List<String> report = new ArrayList<>();
		for (Judgment judgment : judgments) {
			List<String> ranked = search(judgment.q()).stream().filter(corpusIds::contains).limit(5).toList();
			long relevantInTop5 = ranked.stream().filter(judgment.relevant()::contains).count();
			int firstRelevant = 0;
			for (int i = 0; i < ranked.size() && firstRelevant == 0; i++) {
				if (judgment.relevant().contains(ranked.get(i))) {
					firstRelevant = i + 1;
				}
			}
			precisionSum += relevantInTop5 / 5.0;
			reciprocalRankSum += firstRelevant == 0 ? 0 : 1.0 / firstRelevant;
			report.add(String.format(Locale.ROOT, "%-20s P@5=%.2f RR=%.2f top5=%s relevant=%s", judgment.q(),
					relevantInTop5 / 5.0, firstRelevant == 0 ? 0 : 1.0 / firstRelevant, ranked, judgment.relevant()));
		}
		double precisionAt5 = precisionSum / judgments.size();
		double mrr = reciprocalRankSum / judgments.size();
		log.info("Relevance over {} documents, {} queries: precision@5={} MRR={}\n{}", corpus.size(), judgments.size(),
				String.format(Locale.ROOT, "%.4f", precisionAt5), String.format(Locale.ROOT, "%.4f", mrr),
				String.join("\n", report));

		Properties baseline = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/relevance/baseline.properties")) {
			baseline.load(in);
		}
		assertThat(judgments).hasSizeGreaterThanOrEqualTo(20);
		assertThat(corpus.stream().filter(d -> d.type().equals("policy")).count()).isGreaterThanOrEqualTo(30);
		assertThat(precisionAt5).as("precision@5").isGreaterThanOrEqualTo(
				Double.parseDouble(baseline.getProperty("precisionAt5")));
		assertThat(mrr).as("MRR").isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("mrr")));
	}

	private List<String> search(String q) {
		SearchView result = web.get().uri(uri -> uri.path("/api/search").queryParam("q", "{q}")
				.queryParam("size", 20).build(q))
				.exchange()
				.expectStatus().isOk()
				.expectBody(SearchView.class).returnResult().getResponseBody();
		return result.hits().stream().map(SearchView.HitView::id).toList();
	}
}
