package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A real search node inside the search-service JVM, with its plugins taken from the class path. It must sit in this
 * package to reach the node's package-private construction hook; the rest of the service talks to it over HTTP like
 * to any cluster.
 */
public final class EmbeddedSearchNode extends Node {

	static {
		// The node must not try to set Netty's processor count: Reactor Netty has usually read it already.
		System.setProperty("es.set.netty.runtime.available.processors", "false");
	}

	public EmbeddedSearchNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
		super(NodeConstruction.prepareConstruction(
				InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
						() -> settings.get(Node.NODE_NAME_SETTING.getKey(), "search-service")),
				null, new ClasspathServiceProvider(List.copyOf(plugins)), true));
	}

	/** The HTTP port the node listens on, known once it has started. */
	public int httpPort() {
		return injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
	}

	/**
	 * The node id listener sets log4j fields that can be set once per JVM; a test JVM may start more than one node.
	 */
	@Override
	protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
	}

	private static final class ClasspathServiceProvider extends NodeServiceProvider {

		private final List<Class<? extends Plugin>> plugins;

		ClasspathServiceProvider(List<Class<? extends Plugin>> plugins) {
			this.plugins = plugins;
		}

		@Override
		PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
			return new ClasspathPluginsService(environment.settings(), environment, plugins);
		}
	}
}
