package org.elasticsearch.plugins;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * Loads plugins from the application class path instead of a distribution's {@code plugins/} directory, for the
 * search node that runs inside the search-service JVM. It lives in this package because the loaded-plugin record and
 * the extension factory it needs are package-private.
 */
public final class ClasspathPluginsService extends PluginsService {

	private final List<LoadedPlugin> classpathPlugins;

	public ClasspathPluginsService(Settings settings, Environment environment,
			Collection<Class<? extends Plugin>> pluginClasses) {
		super(settings, environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
		List<LoadedPlugin> loaded = new ArrayList<>();
		for (Class<? extends Plugin> pluginClass : pluginClasses) {
			Plugin plugin = loadPlugin(pluginClass, settings, environment.configDir());
			PluginDescriptor descriptor = new PluginDescriptor(pluginClass.getName(), "class path plugin", "NA",
					Build.current().version(), Integer.toString(Runtime.version().feature()), pluginClass.getName(),
					null, List.of(), false, false, false, false, PluginDescriptor.DeploymentTarget.ALL);
			loaded.add(new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader()));
		}
		loadExtensions(loaded);
		this.classpathPlugins = List.copyOf(loaded);
	}

	@Override
	protected List<LoadedPlugin> plugins() {
		return classpathPlugins;
	}

	@Override
	public PluginsAndModules info() {
		return new PluginsAndModules(
				classpathPlugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(),
				List.of());
	}

	/**
	 * All class path plugins share one class loader, so every plugin would "see" every service provider. Create each
	 * provider class once, for the first plugin its constructor accepts.
	 */
	@Override
	public <T> List<? extends T> loadServiceProviders(Class<T> service) {
		Map<Class<?>, T> providers = new LinkedHashMap<>();
		for (LoadedPlugin loadedPlugin : classpathPlugins) {
			Plugin plugin = loadedPlugin.instance();
			SPIClassIterator.get(service, plugin.getClass().getClassLoader()).forEachRemaining(providerClass -> {
				if (!providers.containsKey(providerClass) && acceptsPlugin(providerClass, plugin)) {
					providers.put(providerClass, createExtension(providerClass, service, plugin));
				}
			});
		}
		return List.copyOf(providers.values());
	}

	private static boolean acceptsPlugin(Class<?> providerClass, Plugin plugin) {
		for (Constructor<?> constructor : providerClass.getConstructors()) {
			if (constructor.getParameterCount() == 1
					&& !constructor.getParameterTypes()[0].isAssignableFrom(plugin.getClass())) {
				return false;
			}
		}
		return true;
	}
}
