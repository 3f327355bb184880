package org.sunshine.gateway.edge;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The edge counters on a real {@code redis-server} started here: two gateway replicas count into one
 * window, and with Redis gone a count fails fast instead of waiting (the filter then decides).
 */
class RedisLimitCountersIT {

	private static Process redis;

	private static int port;

	private static RedisLimitCounters replicaA;

	private static RedisLimitCounters replicaB;

	@BeforeAll
	static void startRedis() throws IOException {
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path log = Files.createDirectories(Path.of("target")).resolve("redis-edge-it.log");
		redis = new ProcessBuilder("/usr/bin/redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return true;
			}
		});
		replicaA = new RedisLimitCounters("redis://127.0.0.1:" + port, Duration.ofMillis(500));
		replicaB = new RedisLimitCounters("redis://127.0.0.1:" + port, Duration.ofMillis(500));
	}

	@AfterAll
	static void stopRedis() {
		replicaA.close();
		replicaB.close();
		if (redis.isAlive()) {
			redis.destroy();
		}
	}

	@Test
	void shouldCountRequestsFromTwoReplicasInOneWindow() {
		List<Long> counts = Flux.range(0, 20)
			.flatMap((i) -> ((i % 2 == 0) ? replicaA : replicaB).increment("sign-in:10.0.0.7:1", Duration.ofMinutes(1)))
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(counts).hasSize(20).containsExactlyInAnyOrderElementsOf(
				java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
	}

	@Test
	void shouldStartAFreshCountWhenTheWindowExpires() {
		StepVerifier.create(replicaA.increment("short:10.0.0.8:1", Duration.ofMillis(300))).expectNext(1L).verifyComplete();
		StepVerifier.create(replicaA.increment("short:10.0.0.8:1", Duration.ofMillis(300))).expectNext(2L).verifyComplete();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> StepVerifier.create(replicaB.increment("short:10.0.0.8:1", Duration.ofMillis(300)))
				.expectNext(1L)
				.verifyComplete());
	}

	@Test
	void shouldFailFastOnceRedisIsGone() throws Exception {
		RedisLimitCounters lonely = new RedisLimitCounters("redis://127.0.0.1:" + freePort(), Duration.ofMillis(500));
		try {
			StepVerifier.create(lonely.increment("sign-in:10.0.0.9:1", Duration.ofMinutes(1)))
				.expectError()
				.verify(Duration.ofSeconds(5));
		}
		finally {
			lonely.close();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket free = new ServerSocket(0)) {
			return free.getLocalPort();
		}
	}

}
