package org.sunshine.sms.smpp;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded SMSC keeps only its latest segments (a local platform runs for days), still counts every
 * one, and still tells a duplicate among the ones it keeps. Over real SMPP on loopback.
 */
class EmbeddedSmscHistoryTest {

	private static final int HISTORY = 3;

	private EmbeddedSmsc smsc;

	private SmppClient client;

	@BeforeEach
	void bind() throws Exception {
		this.smsc = EmbeddedSmsc.start(new EmbeddedSmscProperties(0, 0, 0, null, null, HISTORY), "bench", "secret",
				Clock.systemUTC());
		SmppProperties properties = new SmppProperties("127.0.0.1", this.smsc.port(), "bench", "secret", null, null,
				null, null, null, null, null, 1, 4, 1_000);
		this.client = new SmppClient("test", this.smsc.endpoint(), properties, Clock.systemUTC());
		this.client.start();
		await().atMost(Duration.ofSeconds(10)).until(this.client::isBound);
	}

	@AfterEach
	void close() throws Exception {
		this.client.stop();
		this.smsc.close();
	}

	@Test
	void keepsTheLatestSegmentsAndCountsThemAll() {
		for (int i = 1; i <= 5; i++) {
			submit("1380000000" + i, "第" + i + "条");
		}

		assertThat(this.smsc.receivedCount()).isEqualTo(5);
		assertThat(this.smsc.received()).extracting(ReceivedMessage::destination)
			.containsExactly("13800000003", "13800000004", "13800000005");
		assertThat(this.smsc.textsTo("13800000001")).isEmpty();
		assertThat(this.smsc.duplicateSegments()).isZero();
	}

	@Test
	void tellsADuplicateAmongTheSegmentsItKeeps() {
		submit("13800000001", "第1条");
		submit("13800000002", "第2条");
		submit("13800000002", "第2条");
		assertThat(this.smsc.duplicateSegments()).isOne();

		// The first has left the history: sent again, it is a new segment to this SMSC.
		submit("13800000003", "第3条");
		submit("13800000001", "第1条");
		assertThat(this.smsc.duplicateSegments()).isOne();
		assertThat(this.smsc.receivedCount()).isEqualTo(5);
	}

	private void submit(String phone, String text) {
		byte[] ucs2 = text.getBytes(StandardCharsets.UTF_16BE);
		assertThat(this.client.submit(new Submission(phone, ucs2, false, false)).block(Duration.ofSeconds(10)))
			.isNotBlank();
	}

}
