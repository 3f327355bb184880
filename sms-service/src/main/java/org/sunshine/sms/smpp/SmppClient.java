package org.sunshine.sms.smpp;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;

/**
 * A pool of bound transceiver sessions (jSMPP {@link SMPPSession}) to one SMSC. Each session binds at
 * start and binds again with backoff when it drops ({@link SmppLink}); submits go round-robin over the
 * bound ones at the carrier's pace, and receipts and replies from all of them are published. jSMPP
 * blocks, so every call into it runs on {@link Schedulers#boundedElastic()}.
 */
public class SmppClient implements SmartLifecycle {

	/** Starts after the embedded SMSC, before anything that submits or reads receipts. */
	public static final int PHASE = 0;

	private static final GeneralDataCoding UCS2 = new GeneralDataCoding(Alphabet.ALPHA_UCS2);

	private final String name;

	private final SmscEndpoint endpoint;

	private final SmppProperties properties;

	private final Sinks.Many<DeliveryReport> reports = Sinks.many().multicast().onBackpressureBuffer(8192, false);

	private final Sinks.Many<InboundSms> inbound = Sinks.many().multicast().onBackpressureBuffer(1024, false);

	private final List<SmppLink> links;

	private final AtomicInteger nextLink = new AtomicInteger();

	private final AtomicLong nextSubmitSlot = new AtomicLong(Long.MIN_VALUE);

	private final long submitIntervalNanos;

	private volatile boolean running;

	/**
	 * @param name the provider's name ({@code primary}, {@code fallback}); it prefixes every message id
	 * this client reports, so ids from two SMSCs can never collide
	 */
	public SmppClient(String name, SmscEndpoint endpoint, SmppProperties properties, Clock clock) {
		this.name = name;
		this.endpoint = endpoint;
		this.properties = properties;
		this.submitIntervalNanos = 1_000_000_000L / properties.maxSubmitsPerSecond();
		DeliverSmListener listener = new DeliverSmListener(name, this.reports, this.inbound);
		List<SmppLink> pool = new ArrayList<>();
		for (int i = 1; i <= properties.sessions(); i++) {
			String label = (properties.sessions() == 1) ? name : name + "#" + i;
			pool.add(new SmppLink(label, endpoint, properties, clock, listener));
		}
		this.links = List.copyOf(pool);
	}

	/** Whether at least one session of the pool is bound. */
	public boolean isBound() {
		return this.links.stream().anyMatch(SmppLink::isBound);
	}

	public int boundSessions() {
		return (int) this.links.stream().filter(SmppLink::isBound).count();
	}

	/** Why no session is bound (bind rejected, connection refused, link lost), {@code null} while one is. */
	public String lastError() {
		return isBound() ? null
				: this.links.stream().map(SmppLink::lastError).filter(Objects::nonNull).findFirst().orElse(null);
	}

	/** When the longest-bound session bound, {@code null} when none is. */
	public Instant boundSince() {
		return this.links.stream()
			.filter(SmppLink::isBound)
			.map(SmppLink::boundSince)
			.filter(Objects::nonNull)
			.min(Instant::compareTo)
			.orElse(null);
	}

	public SmscEndpoint endpoint() {
		return this.endpoint;
	}

	public String name() {
		return this.name;
	}

	/** Receipts for submitted segments, as they arrive on any session. */
	public Flux<DeliveryReport> reports() {
		return this.reports.asFlux();
	}

	/** Mobile-originated messages (replies such as 退订/TD), as they arrive. */
	public Flux<InboundSms> inbound() {
		return this.inbound.asFlux();
	}

	/**
	 * Submits one segment at the carrier's pace; emits the SMSC's message id prefixed with this
	 * provider's name ({@code primary:3f2a…}), or fails with a {@link SubmitException} that tells
	 * whether a retry may succeed.
	 */
	public Mono<String> submit(Submission submission) {
		return pace().then(Mono.fromCallable(() -> submitNow(submission)).subscribeOn(Schedulers.boundedElastic()));
	}

	/** Reserves the next send slot: with several submitters in parallel the total stays within the rate. */
	private Mono<Void> pace() {
		long now = System.nanoTime();
		long previous = this.nextSubmitSlot.getAndUpdate((slot) -> Math.max(slot, now) + this.submitIntervalNanos);
		long wait = Math.max(previous, now) - now;
		return (wait <= 0) ? Mono.empty() : Mono.delay(Duration.ofNanos(wait)).then();
	}

	/** The next bound session, round-robin. */
	private SMPPSession pick() {
		int size = this.links.size();
		int start = Math.floorMod(this.nextLink.getAndIncrement(), size);
		for (int i = 0; i < size; i++) {
			SMPPSession session = this.links.get((start + i) % size).session();
			if (session != null) {
				return session;
			}
		}
		return null;
	}

	private String submitNow(Submission submission) throws SubmitException {
		SMPPSession session = pick();
		if (session == null) {
			throw new SubmitException(true, "not bound to the SMSC: " + lastError());
		}
		ESMClass esmClass = submission.udh()
				? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI) : new ESMClass();
		try {
			String id = session
				.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
						this.properties.sourceAddress(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN,
						submission.destination(), esmClass, (byte) 0, (byte) (submission.urgent() ? 1 : 0), null, null,
						new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, UCS2, (byte) 0,
						submission.payload())
				.getMessageId();
			return this.name + ":" + id;
		}
		catch (NegativeResponseException ex) {
			int status = ex.getCommandStatus();
			throw new SubmitException(SmppStatus.retryable(status), "submit_sm rejected: " + SmppStatus.describe(status));
		}
		catch (ResponseTimeoutException ex) {
			// The SMSC may still have taken it; resending risks a duplicate, losing it is worse.
			throw new SubmitException(true, "no submit_sm_resp within " + this.properties.transactionTimeout());
		}
		catch (InvalidResponseException ex) {
			throw new SubmitException(true, "invalid submit_sm_resp: " + ex.getMessage());
		}
		catch (PDUException ex) {
			throw new SubmitException(false, "cannot encode submit_sm: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new SubmitException(true, "link error: " + ex.getMessage());
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.links.forEach(SmppLink::start);
	}

	@Override
	public void stop() {
		this.running = false;
		this.links.forEach(SmppLink::stop);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
