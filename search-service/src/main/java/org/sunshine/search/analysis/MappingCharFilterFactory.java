package org.sunshine.search.analysis;

import java.io.Reader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;

/**
 * The {@code mapping} character filter with the rule syntax of the analysis-common module ({@code "a => b"},
 * {@code \}{@code uXXXX} escapes), so a normalizer may use it on the embedded node as on a cluster.
 */
final class MappingCharFilterFactory extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {

	private static final Pattern RULE = Pattern.compile("(.*)\\s*=>\\s*(.*)\\s*$");

	private final NormalizeCharMap map;

	private MappingCharFilterFactory(String name, NormalizeCharMap map) {
		super(name);
		this.map = map;
	}

	static MappingCharFilterFactory of(String name, List<String> rules) {
		if (rules.isEmpty()) {
			throw new IllegalArgumentException("mapping requires [mappings] to be configured");
		}
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		for (String rule : rules) {
			Matcher m = RULE.matcher(rule);
			if (!m.find()) {
				throw new IllegalArgumentException("Invalid Mapping Rule : [" + rule + "]");
			}
			builder.add(unescape(m.group(1).trim()), unescape(m.group(2).trim()));
		}
		return new MappingCharFilterFactory(name, builder.build());
	}

	@Override
	public Reader create(Reader reader) {
		return new MappingCharFilter(map, reader);
	}

	static String unescape(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (++i >= s.length()) {
				throw new IllegalArgumentException("Invalid escaped char in [" + s + "]");
			}
			char escaped = s.charAt(i);
			switch (escaped) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (i + 4 >= s.length()) {
						throw new IllegalArgumentException("Invalid escaped char in [" + s + "]");
					}
					out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> out.append(escaped);
			}
		}
		return out.toString();
	}
}
