package org.sunshine.search.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.node.EmbeddedSearchNode;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.sunshine.search.analysis.ChineseAnalysisPlugin;

/** Starts the in-JVM search node: single node, loopback only, no replicas, no disk watermarks. */
final class EmbeddedNodes {

	private static final AtomicBoolean loggingConfigured = new AtomicBoolean();

	private EmbeddedNodes() {
	}

	/** Blocks until the node serves HTTP; call it off the event loop. */
	static EmbeddedSearchNode start(EngineProperties.Embedded embedded) throws Exception {
		System.setProperty("es.set.netty.runtime.available.processors", "false");
		if (loggingConfigured.compareAndSet(false, true)) {
			// Routes the node's log4j output into the application's logging instead of its own files.
			LogConfigurator.configureESLogging();
		}
		Path home = embedded.path().toAbsolutePath();
		Files.createDirectories(home.resolve("data"));
		Files.createDirectories(home.resolve("logs"));
		Settings settings = Settings.builder()
				.put("cluster.name", "search-service-embedded")
				.put("node.name", "search-service")
				.put("path.home", home.toString())
				.put("path.data", home.resolve("data").toString())
				.put("path.logs", home.resolve("logs").toString())
				.put("discovery.type", "single-node")
				.put("http.host", "127.0.0.1")
				.put("http.port", Integer.toString(embedded.httpPort()))
				.put("transport.host", "127.0.0.1")
				.put("transport.port", "0")
				.put("cluster.routing.allocation.disk.threshold_enabled", false)
				.put("action.auto_create_index", false)
				.build();
		EmbeddedSearchNode node = new EmbeddedSearchNode(settings, List.of(Netty4Plugin.class, ChineseAnalysisPlugin.class));
		try {
			node.start();
			return node;
		}
		catch (Exception | Error e) {
			node.close();
			throw e;
		}
	}
}
