package org.sunshine.defaults.lifecycle;

import reactor.core.Disposable;

import org.springframework.context.SmartLifecycle;

/**
 * A reactive pipeline that runs in the background for as long as the application does (a feed
 * consumer, a sender loop, a scheduled pass): subscribed when the context starts, disposed when it
 * stops. Subclasses say what to subscribe and, through {@link #getPhase()}, when.
 */
public abstract class BackgroundSubscription implements SmartLifecycle {

	private volatile Disposable subscription;

	/** Starts the pipeline; called once per context start. */
	protected abstract Disposable subscribe();

	@Override
	public final void start() {
		this.subscription = subscribe();
	}

	@Override
	public final void stop() {
		Disposable current = this.subscription;
		this.subscription = null;
		if (current != null) {
			current.dispose();
		}
	}

	@Override
	public final boolean isRunning() {
		return this.subscription != null;
	}

}
