package org.sunshine.sms.smpp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process SMSC (jSMPP server side) on 127.0.0.1 for local runs and tests. It accepts binds with
 * one system id and password, answers each submit_sm with a message id, keeps what it received in
 * memory, and sends an ASCII delivery receipt (deliver_sm, esm_class "SMSC delivery receipt") for every
 * segment that asked for one. Failures, latency and link drops can be injected to exercise retries.
 * Receipts for a session that is gone wait for the next bind, as a carrier's SMSC would keep them.
 */
public final class EmbeddedSmsc extends SubmitOnlySmscListener implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedSmsc.class);

	private static final long BIND_WAIT_MILLIS = 5_000;

	private static final int RECEIPT_THREADS = 4;

	private static final long RECEIPT_RETRY_MILLIS = 1_000;

	private final String systemId;

	private final String password;

	private final Clock clock;

	private final ServerSocket socket;

	private final SMPPServerSessionListener listener;

	private final ExecutorService binders = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("smsc-bind-", 0).factory());

	/** Several threads: each deliver_sm waits for its response, one thread alone caps the receipt rate. */
	private final ScheduledExecutorService receiptSender = Executors.newScheduledThreadPool(RECEIPT_THREADS,
			Thread.ofPlatform().daemon().name("smsc-receipts-", 0).factory());

	private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

	/**
	 * The latest {@code history} accepted segments, oldest first (guarded by itself). Appended at the bench's
	 * rate: a copy-on-write list would copy all of it per segment. Bounded: kept for ever, a local platform
	 * run for days would fill sms-service's heap with them.
	 */
	private final Deque<ReceivedMessage> received = new ArrayDeque<>();

	private final int history;

	/** Segments accepted and answered, all of them (the history keeps only the latest). */
	private final AtomicInteger accepted = new AtomicInteger();

	private final Map<String, ReceivedMessage> awaitingReceipt = new ConcurrentHashMap<>();

	private final Queue<ReceivedMessage> undeliveredReceipts = new ConcurrentLinkedQueue<>();

	private final Map<String, DeliveryReceiptState> receiptStates = new ConcurrentHashMap<>();

	/** Injected failures: let {@code passBeforeFailing} submits through, then fail {@code failuresLeft}. */
	private int passBeforeFailing;

	private int failuresLeft;

	private int injectedStatus;

	private final AtomicInteger injectedFailures = new AtomicInteger();

	/**
	 * How often each segment (recipient, position, text) in the history was accepted: more than once is a
	 * duplicate. A segment that has left the history is no longer counted, so a duplicate is told within
	 * the last {@code history} segments (retries come within minutes).
	 */
	private final Map<String, Integer> segmentCounts = new ConcurrentHashMap<>();

	private final AtomicInteger duplicates = new AtomicInteger();

	private final AtomicInteger rejectedBinds = new AtomicInteger();

	private final AtomicInteger acceptedBinds = new AtomicInteger();

	private final int failureStatus;

	private volatile double failureRate;

	private volatile Duration latency;

	private volatile Duration receiptDelay;

	private volatile boolean running = true;

	private volatile boolean refusingBinds;

	private EmbeddedSmsc(EmbeddedSmscProperties properties, String systemId, String password, Clock clock,
			ServerSocket socket) throws IOException {
		this.systemId = systemId;
		this.password = password;
		this.clock = clock;
		this.socket = socket;
		this.failureStatus = properties.failureStatus();
		this.failureRate = properties.failureRate();
		this.latency = properties.latency();
		this.receiptDelay = properties.receiptDelay();
		this.history = properties.history();
		this.listener = new SMPPServerSessionListener(socket.getLocalPort(), new BoundSocketFactory(socket));
		this.listener.setMessageReceiverListener(this);
		this.listener.setResponseDeliveryListener(this);
		this.listener.setSessionStateListener(this::onStateChange);
	}

	/** Listens on 127.0.0.1 at the configured port (0: a free one) and starts accepting binds. */
	public static EmbeddedSmsc start(EmbeddedSmscProperties properties, String systemId, String password, Clock clock)
			throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), properties.port()), 50);
		EmbeddedSmsc smsc = new EmbeddedSmsc(properties, systemId, password, clock, socket);
		Thread.ofPlatform().daemon().name("smsc-accept").start(smsc::acceptLoop);
		log.info("Embedded SMSC listening on 127.0.0.1:{} for system id {}", smsc.port(), systemId);
		return smsc;
	}

	public int port() {
		return this.socket.getLocalPort();
	}

	/** Where a client binds to this SMSC, with its account. */
	public SmscEndpoint endpoint() {
		return new SmscEndpoint("127.0.0.1", port(), this.systemId, this.password, true);
	}

	/** The latest accepted submit_sm (up to the configured history), in arrival order. */
	public List<ReceivedMessage> received() {
		synchronized (this.received) {
			return List.copyOf(this.received);
		}
	}

	/** Whole texts sent to a number: single messages as they are, concatenated ones joined once complete. */
	public List<String> textsTo(String destination) {
		List<String> texts = new ArrayList<>();
		Map<String, String[]> partial = new HashMap<>();
		for (ReceivedMessage message : received()) {
			if (!message.destination().equals(destination)) {
				continue;
			}
			if (!message.concatenated()) {
				texts.add(message.text());
				continue;
			}
			String key = message.reference() + "/" + message.total();
			String[] parts = partial.computeIfAbsent(key, (k) -> new String[message.total()]);
			parts[message.sequence() - 1] = message.text();
			if (Arrays.stream(parts).allMatch(Objects::nonNull)) {
				texts.add(String.join("", parts));
				partial.remove(key);
			}
		}
		return texts;
	}

	/** Answers the next {@code count} submit_sm with the configured failure status. */
	public void failNext(int count) {
		failAfter(0, count);
	}

	/** Accepts the next {@code pass} submit_sm, then answers {@code count} with the configured failure status. */
	public void failAfter(int pass, int count) {
		failAfter(pass, count, this.failureStatus);
	}

	/** Accepts the next {@code pass} submit_sm, then answers {@code count} with {@code status}. */
	public synchronized void failAfter(int pass, int count, int status) {
		this.passBeforeFailing = pass;
		this.failuresLeft = count;
		this.injectedStatus = status;
	}

	/** The command_status to answer with, or 0 to accept. */
	private synchronized int injectedFailure() {
		if (this.failuresLeft == 0) {
			boolean random = this.failureRate > 0 && ThreadLocalRandom.current().nextDouble() < this.failureRate;
			return random ? this.failureStatus : 0;
		}
		if (this.passBeforeFailing > 0) {
			this.passBeforeFailing--;
			return 0;
		}
		this.failuresLeft--;
		return this.injectedStatus;
	}

	public void setFailureRate(double rate) {
		this.failureRate = rate;
	}

	public void setLatency(Duration latency) {
		this.latency = latency;
	}

	public void setReceiptDelay(Duration delay) {
		this.receiptDelay = delay;
	}

	/** Receipts for this number carry {@code state} (e.g. UNDELIV, EXPIRED) instead of DELIVRD. */
	public void setReceiptState(String destination, DeliveryReceiptState state) {
		this.receiptStates.put(destination, state);
	}

	/** Segments accepted (and answered) so far. */
	public int receivedCount() {
		return this.accepted.get();
	}

	/** Segments accepted more than once: the same text at the same position to the same number. */
	public int duplicateSegments() {
		return this.duplicates.get();
	}

	public int injectedFailures() {
		return this.injectedFailures.get();
	}

	public int rejectedBinds() {
		return this.rejectedBinds.get();
	}

	public int acceptedBinds() {
		return this.acceptedBinds.get();
	}

	public int boundSessions() {
		return (int) this.sessions.stream().filter((s) -> s.getSessionState().isBound()).count();
	}

	/** While set, every bind is rejected (ESME_RBINDFAIL), as during a carrier outage. */
	public void setRefusingBinds(boolean refusing) {
		this.refusingBinds = refusing;
	}

	/** Delivers a reply from a handset (deliver_sm, UCS2) to the first bound client. */
	public void sendMobileOriginated(String from, String text) throws Exception {
		SMPPServerSession session = this.sessions.stream()
			.filter((s) -> s.getSessionState().isBound())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no client is bound"));
		session.deliverShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, from, TypeOfNumber.UNKNOWN,
				NumberingPlanIndicator.UNKNOWN, "10690000", new ESMClass(), (byte) 0, (byte) 0,
				new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), DataCodings.newInstance((byte) 0x08),
				text.getBytes(StandardCharsets.UTF_16BE));
	}

	/** Cuts every client link at once, as a carrier restart or a network fault would. */
	public void dropConnections() {
		for (SMPPServerSession session : this.sessions) {
			session.close();
		}
	}

	private void acceptLoop() {
		while (this.running) {
			try {
				SMPPServerSession session = this.listener.accept();
				this.binders.execute(() -> awaitBind(session));
			}
			catch (IOException ex) {
				if (this.running) {
					log.warn("Embedded SMSC accept failed: {}", ex.getMessage());
				}
			}
		}
	}

	private void awaitBind(SMPPServerSession session) {
		try {
			BindRequest request = session.waitForBind(BIND_WAIT_MILLIS);
			if (this.refusingBinds) {
				this.rejectedBinds.incrementAndGet();
				request.reject(SmppStatus.ESME_RBINDFAIL);
				log.info("Embedded SMSC refused a bind: it is set to refuse all binds");
			}
			else if (!this.systemId.equals(request.getSystemId())) {
				this.rejectedBinds.incrementAndGet();
				request.reject(SmppStatus.ESME_RINVSYSID);
				log.info("Embedded SMSC rejected a bind: unknown system id");
			}
			else if (!MessageDigest.isEqual(this.password.getBytes(StandardCharsets.UTF_8),
					String.valueOf(request.getPassword()).getBytes(StandardCharsets.UTF_8))) {
				this.rejectedBinds.incrementAndGet();
				request.reject(SmppStatus.ESME_RINVPASWD);
				log.info("Embedded SMSC rejected a bind of {}: invalid password", request.getSystemId());
			}
			else {
				request.accept(this.systemId);
				this.sessions.add(session);
				this.acceptedBinds.incrementAndGet();
				log.info("Embedded SMSC accepted a {} bind of {}", request.getBindType(), this.systemId);
				flushUndeliveredReceipts();
				return;
			}
		}
		catch (TimeoutException | IOException | PDUStringException | IllegalStateException ex) {
			log.info("Embedded SMSC dropped a connection that did not bind: {}", ex.getMessage());
			session.close();
			return;
		}
		// After a rejected bind the client hangs up; closing at once could cut off the bind_resp it is
		// still reading, so the SMSC only closes what is left open a while later.
		this.receiptSender.schedule(session::close, BIND_WAIT_MILLIS, TimeUnit.MILLISECONDS);
	}

	private void onStateChange(SessionState newState, SessionState oldState, Session source) {
		if (!newState.isBound() && source instanceof SMPPServerSession session) {
			this.sessions.remove(session);
		}
	}

	@Override
	public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
		pause(this.latency);
		if (!source.getSessionState().isBound()) {
			// The link went down while "processing": the answer cannot reach the client, so keep nothing.
			throw new ProcessRequestException("Session closed", SmppStatus.ESME_RSYSERR);
		}
		int failure = injectedFailure();
		if (failure != 0) {
			this.injectedFailures.incrementAndGet();
			throw new ProcessRequestException("Injected failure", failure);
		}
		String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
		ReceivedMessage message = new ReceivedMessage(id, submitSm.getSourceAddr(), submitSm.getDestAddress(),
				submitSm.getDataCoding(), submitSm.getEsmClass(), submitSm.getPriorityFlag(), submitSm.getShortMessage(),
				this.clock.instant());
		if (remember(message)) {
			this.duplicates.incrementAndGet();
			log.warn("Embedded SMSC accepted segment {}/{} to {} a second time (as {})", message.sequence(),
					message.total(), masked(message.destination()), id);
		}
		if (SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submitSm.getRegisteredDelivery())
				|| SMSCDeliveryReceipt.SUCCESS.containedIn(submitSm.getRegisteredDelivery())) {
			this.awaitingReceipt.put(id, message);
		}
		try {
			return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
		}
		catch (PDUStringException ex) {
			throw new ProcessRequestException("Cannot build a message id", SmppStatus.ESME_RSYSERR, ex);
		}
	}

	@Override
	public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
		ReceivedMessage message = this.awaitingReceipt.remove(result.getMessageId());
		if (message != null) {
			this.receiptSender.schedule(() -> deliverReceipt(message, source), this.receiptDelay.toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * The client never learnt the id and will resend, so this SMSC forgets the message: it commits a
	 * message only once it has answered for it.
	 */
	@Override
	public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession source) {
		this.awaitingReceipt.remove(result.getMessageId());
		synchronized (this.received) {
			this.received.removeIf((message) -> {
				if (!message.messageId().equals(result.getMessageId())) {
					return false;
				}
				this.accepted.decrementAndGet();
				if (forget(message) >= 1) {
					this.duplicates.decrementAndGet();
				}
				return true;
			});
		}
	}

	/**
	 * Counts an accepted segment and adds it to the history, forgetting the oldest when it is full; true when
	 * the history holds the same segment already (a duplicate).
	 */
	private boolean remember(ReceivedMessage message) {
		this.accepted.incrementAndGet();
		boolean duplicate = this.segmentCounts.merge(segmentKey(message), 1, Integer::sum) > 1;
		synchronized (this.received) {
			this.received.addLast(message);
			if (this.received.size() > this.history) {
				forget(this.received.removeFirst());
			}
		}
		return duplicate;
	}

	/** Counts a segment out of the duplicate counts; how many copies of it are still counted. */
	private int forget(ReceivedMessage message) {
		Integer left = this.segmentCounts.computeIfPresent(segmentKey(message),
				(key, count) -> (count > 1) ? count - 1 : null);
		return (left != null) ? left : 0;
	}

	/** {@code 138****5678}: no full number in logs. */
	private static String masked(String destination) {
		return (destination.length() >= 11) ? destination.substring(0, 3) + "****" + destination.substring(7) : "****";
	}

	private static String segmentKey(ReceivedMessage message) {
		return message.destination() + '\u0000' + message.total() + '/' + message.sequence() + '\u0000'
				+ message.text();
	}

	private void deliverReceipt(ReceivedMessage message, SMPPServerSession preferred) {
		SMPPServerSession session = preferred.getSessionState().isBound() ? preferred
				: this.sessions.stream().filter((s) -> s.getSessionState().isBound()).findFirst().orElse(null);
		if (session == null) {
			keepForLater(message);
			return;
		}
		DeliveryReceiptState state = this.receiptStates.getOrDefault(message.destination(), DeliveryReceiptState.DELIVRD);
		Date submitted = Date.from(message.receivedAt());
		Date done = Date.from(this.clock.instant());
		DeliveryReceipt receipt = new DeliveryReceipt(message.messageId(), 1,
				(state == DeliveryReceiptState.DELIVRD) ? 1 : 0, submitted, done, state,
				(state == DeliveryReceiptState.DELIVRD) ? "000" : "001", "");
		try {
			session.deliverShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, message.destination(),
					TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, message.sourceAddress(),
					new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT), (byte) 0,
					(byte) 0, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), DataCodings.ZERO,
					receipt.toString().getBytes(StandardCharsets.US_ASCII));
		}
		catch (Exception ex) {
			if (session.getSessionState().isBound() && this.running) {
				// Refused by a client that is still there (e.g. a temporary error): a carrier tries again.
				log.info("Embedded SMSC retries a receipt in {} ms: {}", RECEIPT_RETRY_MILLIS, ex.getMessage());
				this.receiptSender.schedule(() -> deliverReceipt(message, session), RECEIPT_RETRY_MILLIS,
						TimeUnit.MILLISECONDS);
				return;
			}
			log.info("Embedded SMSC keeps a receipt for later: {}", ex.getMessage());
			keepForLater(message);
		}
	}

	/**
	 * Queues a receipt for the next bind. A failed deliver_sm can take until its response timeout to
	 * give up, by which time the client may have bound again and the bind's flush found the queue empty;
	 * so look once more after queueing, or the receipt would wait for a bind that never comes.
	 */
	private void keepForLater(ReceivedMessage message) {
		this.undeliveredReceipts.add(message);
		if (this.running && this.sessions.stream().anyMatch((s) -> s.getSessionState().isBound())) {
			flushUndeliveredReceipts();
		}
	}

	private void flushUndeliveredReceipts() {
		for (ReceivedMessage message = this.undeliveredReceipts.poll(); message != null; message = this.undeliveredReceipts
			.poll()) {
			ReceivedMessage pending = message;
			this.receiptSender.schedule(() -> this.sessions.stream()
				.filter((s) -> s.getSessionState().isBound())
				.findFirst()
				.ifPresentOrElse((s) -> deliverReceipt(pending, s), () -> keepForLater(pending)),
					this.receiptDelay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Simulated carrier latency: jSMPP answers when this method returns, so its own worker thread waits. */
	private static void pause(Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		for (long left = duration.toNanos(); left > 0; left = deadline - System.nanoTime()) {
			LockSupport.parkNanos(left);
		}
	}

	@Override
	public void close() {
		this.running = false;
		try {
			this.listener.close();
		}
		catch (IOException ex) {
			log.debug("Closing the embedded SMSC listener: {}", ex.getMessage());
		}
		this.sessions.forEach(SMPPServerSession::unbindAndClose);
		this.receiptSender.shutdownNow();
		this.binders.shutdownNow();
		log.info("Embedded SMSC on port {} stopped", port());
	}

}
