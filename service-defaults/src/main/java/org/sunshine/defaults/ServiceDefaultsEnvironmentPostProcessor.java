package org.sunshine.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code service-defaults.yml} as the lowest-precedence property source, so every service gets
 * the same actuator, tracing, JSON and security settings while its own application.yml (or the
 * environment) can still override any of them.
 */
class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private static final String RESOURCE = "service-defaults.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load("serviceDefaults",
					new ClassPathResource(RESOURCE, getClass().getClassLoader()))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

}
