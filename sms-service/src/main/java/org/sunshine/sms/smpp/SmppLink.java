package org.sunshine.sms.smpp;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One transceiver session of the pool: binds, lets jSMPP check it with enquire_link, and binds again
 * with exponential backoff whenever the link drops or a bind fails. Binding blocks, so it runs on
 * {@link Schedulers#boundedElastic()}.
 */
final class SmppLink {

	private static final Logger log = LoggerFactory.getLogger(SmppLink.class);

	private final String label;

	private final SmscEndpoint endpoint;

	private final SmppProperties properties;

	private final Clock clock;

	private final MessageReceiverListener listener;

	private final AtomicBoolean binding = new AtomicBoolean();

	private final AtomicInteger failedBinds = new AtomicInteger();

	private volatile SMPPSession session;

	private volatile Instant boundSince;

	private volatile String lastError = "not bound yet";

	private volatile boolean running;

	private volatile Disposable pendingBind;

	SmppLink(String label, SmscEndpoint endpoint, SmppProperties properties, Clock clock,
			MessageReceiverListener listener) {
		this.label = label;
		this.endpoint = endpoint;
		this.properties = properties;
		this.clock = clock;
		this.listener = listener;
	}

	/** The bound session, or {@code null}. */
	SMPPSession session() {
		SMPPSession current = this.session;
		return (current != null && current.getSessionState().isBound()) ? current : null;
	}

	boolean isBound() {
		return session() != null;
	}

	String lastError() {
		return isBound() ? null : this.lastError;
	}

	Instant boundSince() {
		return this.boundSince;
	}

	void start() {
		this.running = true;
		bindAfter(Duration.ZERO);
	}

	void stop() {
		this.running = false;
		Disposable pending = this.pendingBind;
		if (pending != null) {
			pending.dispose();
		}
		SMPPSession current = this.session;
		this.session = null;
		if (current != null) {
			current.unbindAndClose();
			log.info("Unbound {} from {}", this.label, this.endpoint);
		}
	}

	private void bindAfter(Duration delay) {
		if (!this.running || !this.binding.compareAndSet(false, true)) {
			return;
		}
		this.pendingBind = Mono.delay(delay)
			.then(Mono.fromCallable(this::bind).subscribeOn(Schedulers.boundedElastic()))
			.subscribe((bound) -> this.binding.set(false), (ex) -> {
				this.binding.set(false);
				int failures = this.failedBinds.incrementAndGet();
				this.lastError = describe(ex);
				Duration backoff = backoff(failures);
				log.warn("Cannot bind {} to {}: {}; next attempt in {} ms", this.label, this.endpoint, this.lastError,
						backoff.toMillis());
				bindAfter(backoff);
			});
	}

	private SMPPSession bind() throws IOException {
		SMPPSession candidate = new SMPPSession();
		candidate.setEnquireLinkTimer((int) this.properties.enquireLinkInterval().toMillis());
		candidate.setTransactionTimer(this.properties.transactionTimeout().toMillis());
		candidate.setMessageReceiverListener(this.listener);
		candidate.addSessionStateListener(this::onStateChange);
		try {
			candidate.connectAndBind(this.endpoint.host(), this.endpoint.port(),
					new BindParameter(BindType.BIND_TRX, this.endpoint.systemId(), this.endpoint.password(),
							this.properties.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
					this.properties.bindTimeout().toMillis());
		}
		catch (IOException ex) {
			candidate.close();
			throw ex;
		}
		if (!this.running) {
			candidate.unbindAndClose();
			throw new IOException("stopped while binding");
		}
		this.session = candidate;
		this.boundSince = this.clock.instant();
		this.failedBinds.set(0);
		this.lastError = null;
		log.info("Bound {} as transceiver to {}", this.label, this.endpoint);
		return candidate;
	}

	private void onStateChange(SessionState newState, SessionState oldState, Session source) {
		if (source != this.session || newState.isBound()) {
			return;
		}
		this.session = null;
		this.boundSince = null;
		if (this.running) {
			this.lastError = "link to the SMSC lost (" + oldState + " -> " + newState + ")";
			log.warn("{}: {}; binding again", this.label, this.lastError);
			bindAfter(backoff(1));
		}
	}

	/** Doubles from the minimum up to the maximum, with up to 20 % jitter so replicas do not bind in step. */
	private Duration backoff(int failures) {
		long min = this.properties.reconnectMinBackoff().toMillis();
		long max = this.properties.reconnectMaxBackoff().toMillis();
		long base = Math.min(max, min << Math.min(failures - 1, 20));
		return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 5 + 1));
	}

	static String describe(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof NegativeResponseException negative) {
				return "bind rejected by the SMSC: " + SmppStatus.describe(negative.getCommandStatus());
			}
		}
		String message = ex.getMessage();
		Throwable cause = ex.getCause();
		if (cause != null && cause.getMessage() != null && !cause.getMessage().equals(message)) {
			message = message + ": " + cause.getMessage();
		}
		return (message != null) ? message : ex.getClass().getSimpleName();
	}

}
