package org.sunshine.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Query-side synonyms: 小微企业 also finds 小型微利企业. Expanding the query in code (instead of a synonym filter in
 * the index) keeps the mapping stable when the list changes and needs no analysis module the embedded node lacks.
 */
public final class Synonyms {

	private final List<List<String>> groups;

	Synonyms(List<List<String>> groups) {
		this.groups = List.copyOf(groups);
	}

	/** The groups in {@code analysis/synonyms.txt} on the class path. */
	public static Synonyms standard() {
		try (InputStream in = Synonyms.class.getResourceAsStream("/analysis/synonyms.txt")) {
			if (in == null) {
				throw new IllegalStateException("analysis/synonyms.txt is missing from the class path");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Synonyms parse(List<String> lines) {
		List<List<String>> groups = new ArrayList<>();
		for (String line : lines) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			List<String> terms = Arrays.stream(trimmed.split(",")).map(String::strip).filter(t -> !t.isEmpty())
					.toList();
			if (terms.size() > 1) {
				groups.add(terms);
			}
		}
		return new Synonyms(groups);
	}

	/**
	 * Other wordings of the query: each term of a group found in it replaced by each other term of that group. The
	 * longest terms are replaced first so 小型微利企业 is not also read as a longer word's part. At most 5.
	 */
	public List<String> expand(String query) {
		Set<String> variants = new LinkedHashSet<>();
		for (List<String> group : groups) {
			List<String> byLength = group.stream().sorted((a, b) -> b.length() - a.length()).toList();
			for (String term : byLength) {
				if (!query.contains(term)) {
					continue;
				}
				for (String other : group) {
					if (!other.equals(term) && !query.contains(other)) {
						variants.add(query.replace(term, other));
					}
				}
				break;
			}
		}
		variants.remove(query);
		return variants.stream().limit(5).toList();
	}
}
