package org.sunshine.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives every e2e test class the same running platform: started by the first class that needs it and
 * kept in the root store, which JUnit closes (so {@link Platform#close()} stops it) after the last class.
 */
final class PlatformExtension implements BeforeAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Platform.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(NAMESPACE).computeIfAbsent(Platform.class, (key) -> Platform.start(), Platform.class);
	}

}
