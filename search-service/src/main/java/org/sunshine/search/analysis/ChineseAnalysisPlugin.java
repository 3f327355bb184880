package org.sunshine.search.analysis;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Chinese analysis for the embedded search node, under the names a real cluster gives the same parts: {@code smartcn}
 * (the analysis-smartcn plugin), {@code cjk} and the {@code mapping} character filter (the analysis-common module,
 * which is not published as a library). Index definitions therefore read the same on the embedded node and on a
 * cluster.
 */
public final class ChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

	@Override
	public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
		return Map.of(
				"smartcn", (indexSettings, environment, name, settings) -> new Provider(name, new SmartChineseAnalyzer()),
				"cjk", (indexSettings, environment, name, settings) -> new Provider(name, new CJKAnalyzer()));
	}

	@Override
	public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
		return Map.of("mapping", AnalysisPlugin.requiresAnalysisSettings(
				(indexSettings, environment, name, settings) -> MappingCharFilterFactory.of(name,
						settings.getAsList("mappings"))));
	}

	private static final class Provider extends AbstractIndexAnalyzerProvider<Analyzer> {

		private final Analyzer analyzer;

		Provider(String name, Analyzer analyzer) {
			super(name);
			this.analyzer = analyzer;
		}

		@Override
		public Analyzer get() {
			return analyzer;
		}
	}
}
