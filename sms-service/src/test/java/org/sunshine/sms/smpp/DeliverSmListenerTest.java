package org.sunshine.sms.smpp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeliverSmListenerTest {

	/**
	 * Several sessions (and jSMPP threads per session) deliver at once while the subscriber is busy: the
	 * others must wait their turn, not spin and give up (the SMSC would then keep the receipt).
	 */
	@Test
	void shouldPublishEveryReceiptWhenSessionsDeliverConcurrentlyWhileSubscriberIsBusy() throws Exception {
		Sinks.Many<DeliveryReport> reports = Sinks.many().multicast().onBackpressureBuffer(64, false);
		DeliverSmListener listener = new DeliverSmListener("primary", reports,
				Sinks.many().multicast().onBackpressureBuffer(16, false));
		CountDownLatch release = new CountDownLatch(1);
		List<String> published = Collections.synchronizedList(new ArrayList<>());
		reports.asFlux().subscribe((report) -> {
			if (published.isEmpty()) {
				awaitQuietly(release);
			}
			published.add(report.providerId());
		});
		List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
		ExecutorService sessions = Executors.newFixedThreadPool(4, (task) -> {
			Thread thread = new Thread(task);
			threads.add(thread);
			return thread;
		});
		try {
			List<Future<?>> deliveries = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String id = "r" + i;
				deliveries.add(sessions.submit(() -> {
					listener.onAcceptDeliverSm(receipt(id));
					return null;
				}));
			}

			// One is inside the subscriber; the three others wait for it.
			await().atMost(Duration.ofSeconds(5))
				.until(() -> threads.stream().filter((t) -> t.getState() == Thread.State.BLOCKED).count() == 3);
			release.countDown();
			for (Future<?> delivery : deliveries) {
				delivery.get(5, TimeUnit.SECONDS);
			}

			assertThat(published).containsExactlyInAnyOrder("primary:r0", "primary:r1", "primary:r2", "primary:r3");
		}
		finally {
			release.countDown();
			sessions.shutdownNow();
		}
	}

	private static DeliverSm receipt(String id) {
		Date now = new Date();
		DeliverSm deliverSm = new DeliverSm();
		deliverSm.setEsmClass(new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT)
			.value());
		deliverSm.setShortMessage(new DeliveryReceipt(id, 1, 1, now, now, DeliveryReceiptState.DELIVRD, "000", "")
			.toString()
			.getBytes(StandardCharsets.US_ASCII));
		return deliverSm;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
