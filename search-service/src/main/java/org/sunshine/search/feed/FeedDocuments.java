package org.sunshine.search.feed;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.SearchDocument;
import org.sunshine.search.index.Validity;

/** Turns feed items into search documents; items that are neither published nor repealed are not public. */
final class FeedDocuments {

	/** Dates of publication are the bureau's calendar days. */
	static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

	private FeedDocuments() {
	}

	static Optional<SearchDocument> policy(Changes.Item<Changes.Policy> item) {
		Changes.Policy p = item.document();
		if (!isPublic(item) || p == null) {
			return Optional.empty();
		}
		Validity validity = Changes.REPEALED.equals(item.status()) || "REPEALED".equals(p.validity())
				? Validity.REPEALED : Validity.VALID;
		return Optional.of(SearchDocument.of(DocumentType.POLICY, item.id(), item.version(), p.title(),
				p.docNumber(), p.issuer(), p.category(), p.issuedOn(), validity, null, p.body()));
	}

	static Optional<SearchDocument> power(Changes.Item<Changes.Power> item) {
		Changes.Power p = item.document();
		if (!isPublic(item) || p == null) {
			return Optional.empty();
		}
		Validity validity = Changes.REPEALED.equals(item.status()) ? Validity.REPEALED : Validity.VALID;
		return Optional.of(SearchDocument.of(DocumentType.POWER, item.id(), item.version(), p.name(), p.code(),
				p.department() == null ? null : p.department().name(),
				p.category() == null ? null : p.category().name(),
				p.publishedAt() == null ? null : p.publishedAt().atZoneSameInstant(BUREAU_ZONE).toLocalDate(),
				validity, p.risk() == null ? null : p.risk().level(), powerBody(p)));
	}

	/** Everything a citizen might search a power item by, as one text. */
	static String powerBody(Changes.Power p) {
		Stream<String> basis = nonNull(p.legalBasis()).stream()
				.map(b -> String.join(" ", Stream.of(b.law(), b.article(), b.text()).filter(Objects::nonNull).toList()));
		Stream<String> steps = nonNull(p.steps()).stream()
				.map(s -> String.join(" ", Stream.of(s.name(), s.post()).filter(Objects::nonNull).toList()));
		return Stream.of(Stream.of(p.subItem(), p.conditions()), basis, steps, nonNull(p.materials()).stream(),
				Stream.of(p.fees(), p.feeBasis(), p.responsiblePost(), p.risk() == null ? null : p.risk().description()))
				.flatMap(s -> s)
				.filter(s -> s != null && !s.isBlank())
				.collect(Collectors.joining("\n"));
	}

	private static boolean isPublic(Changes.Item<?> item) {
		return Changes.PUBLISHED.equals(item.status()) || Changes.REPEALED.equals(item.status());
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}
}
