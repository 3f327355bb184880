package org.sunshine.search.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.SearchDocument;
import org.sunshine.search.index.Validity;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the search tests index: the {@link PolicyFixture} documents and the relevance corpus
 * ({@code relevance/corpus.json}). Every search IT indexes all of it, so expectations hold in any test order.
 */
final class SearchCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Entry(String id, String type, String title, String docNumber, String issuer, String category, String date,
            String validity, String riskLevel, String body) {

        SearchDocument document() {
            return SearchDocument.of(DocumentType.fromValue(type).orElseThrow(), id, 1, title, docNumber, issuer,
                    category, LocalDate.parse(date), Validity.valueOf(validity), riskLevel, body);
        }
    }

    private SearchCorpus() {
    }

    static List<SearchDocument> documents() {
        List<Entry> extra = read("/relevance/corpus.json", new TypeReference<>() { });
        return Stream.concat(PolicyFixture.documents().stream(), extra.stream().map(Entry::document)).toList();
    }

    static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = SearchCorpus.class.getResourceAsStream(resource)) {
            return JSON.readValue(in, type);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
