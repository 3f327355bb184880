package org.sunshine.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives every e2e test class the same running platform: started by the first class that needs it and
 * kept in the root store, which JUnit closes (so {@link Platform#close()} stops it) after the last class.
 * A failed start is remembered too, so later classes report it instead of starting a second platform.
 */
final class PlatformExtension implements BeforeAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Platform.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(NAMESPACE).computeIfAbsent(Startup.class, (key) -> Startup.attempt(), Startup.class)
			.check();
	}

	/** The platform, or why it did not start. */
	record Startup(Platform platform, Throwable failure) implements AutoCloseable {

		static Startup attempt() {
			try {
				return new Startup(Platform.start(), null);
			}
			catch (RuntimeException | AssertionError ex) {
				return new Startup(null, ex);
			}
		}

		void check() {
			if (this.failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (this.failure instanceof Error error) {
				throw error;
			}
		}

		@Override
		public void close() throws Exception {
			if (this.platform != null) {
				this.platform.close();
			}
		}

	}

}
