package org.sunshine.sms.limit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sunshine.sms.template.TemplateKind;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limiter on a real {@code redis-server} process started here (no Spring context: the store is
 * plain code). Two limiters on two connections stand for two replicas.
 */
class RedisLimitStoreIT {

	private static final Path REDIS_SERVER = Path.of("/usr/bin/redis-server");

	private static final LimitProperties PROPERTIES = new LimitProperties(new LimitProperties.Window(1, 5, 10),
			new LimitProperties.Window(0, 0, 20), null, null, Duration.ofSeconds(2));

	private static final AtomicReference<Process> redis = new AtomicReference<>();

	private static int port;

	private static RedisLimitStore replicaA;

	private static RedisLimitStore replicaB;

	/** Fixed inside the current real minute: Redis expires keys by its own (real) clock. */
	private final Clock clock = Clock.fixed(
			Clock.systemUTC().instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(30),
			ZoneId.of("Asia/Shanghai"));

	@BeforeAll
	static void startRedis() throws IOException {
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		startRedisProcess();
		String url = "redis://127.0.0.1:" + port;
		replicaA = new RedisLimitStore(url, Duration.ofSeconds(2));
		replicaB = new RedisLimitStore(url, Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopRedis() {
		replicaA.close();
		replicaB.close();
		stopRedisProcess();
	}

	@Test
	void shouldLetExactlyOneCodeThroughWhenManyReplicasAskAtOnce() {
		SendLimiter a = new SendLimiter(replicaA, PROPERTIES, this.clock);
		SendLimiter b = new SendLimiter(replicaB, PROPERTIES, this.clock);
		// Connected and warm before the race, so it measures Redis and not a cold start.
		a.acquire("warm-a", TemplateKind.NOTIFICATION, "WARNING_RED", null).block(Duration.ofSeconds(10));
		b.acquire("warm-b", TemplateKind.NOTIFICATION, "WARNING_RED", null).block(Duration.ofSeconds(10));

		List<Boolean> outcomes = ReplicaRace.oneTimeCodes(a, b, Duration.ofSeconds(10));

		assertThat(outcomes).hasSize(40).containsOnlyOnce(true);
		// The refused ones gave their earlier slots back: only the winner is counted in the hour.
		assertThat(redisGet("r:race:ONE_TIME_CODE:h:" + (this.clock.instant().getEpochSecond() / 3600))).isEqualTo("1");
	}

	@Test
	void shouldExpireCountersAfterTheirWindowAndGiveSlotsBackOnRelease() {
		SendLimiter limiter = new SendLimiter(replicaA, PROPERTIES, this.clock);
		long minute = this.clock.instant().getEpochSecond() / 60;
		String key = "r:release:ONE_TIME_CODE:m:" + minute;

		SendLimiter.Permit permit = limiter.acquire("release", TemplateKind.ONE_TIME_CODE, "ONE_TIME_CODE", null)
			.block(Duration.ofSeconds(5));
		assertThat(redisGet(key)).isEqualTo("1");
		long expiresAt = withRedis((redis) -> redis.sync().pexpiretime(RedisLimitStore.KEY_PREFIX + key));
		assertThat(expiresAt).isEqualTo(Instant.ofEpochSecond((minute + 1) * 60).plus(Duration.ofHours(1)).toEpochMilli());

		StepVerifier.create(permit.release()).verifyComplete();
		assertThat(redisGet(key)).isEqualTo("0");
		StepVerifier.create(limiter.acquire("release", TemplateKind.ONE_TIME_CODE, "ONE_TIME_CODE", null))
			.expectNextCount(1)
			.verifyComplete();
	}

	@Test
	void shouldFailClosedForCodesAndOpenForNotificationsWhileRedisIsDownAndRecoverAfter() throws IOException {
		SendLimiter limiter = new SendLimiter(replicaB, PROPERTIES, this.clock);
		StepVerifier.create(limiter.acquire("before", TemplateKind.ONE_TIME_CODE, "ONE_TIME_CODE", null))
			.expectNextCount(1)
			.verifyComplete();

		stopRedisProcess();
		try {
			StepVerifier.create(limiter.acquire("down", TemplateKind.ONE_TIME_CODE, "ONE_TIME_CODE", null))
				.expectError(LimitUnavailableException.class)
				.verify(Duration.ofSeconds(5));
			StepVerifier.create(limiter.acquire("down", TemplateKind.NOTIFICATION, "WARNING_RED", 100))
				.expectNextCount(1)
				.verifyComplete();
		}
		finally {
			startRedisProcess();
		}

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> StepVerifier.create(limiter.acquire("after", TemplateKind.ONE_TIME_CODE,
					"ONE_TIME_CODE", null)).expectNextCount(1).verifyComplete());
	}

	private static void startRedisProcess() throws IOException {
		assertThat(REDIS_SERVER).isExecutable();
		Path log = Files.createDirectories(Path.of("target")).resolve("redis-it.log");
		Process process = new ProcessBuilder(REDIS_SERVER.toString(), "--port", Integer.toString(port), "--bind",
				"127.0.0.1", "--save", "", "--appendonly", "no")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		redis.set(process);
		await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return true;
			}
		});
	}

	private static void stopRedisProcess() {
		Process process = redis.getAndSet(null);
		if (process != null) {
			process.destroy();
			await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
		}
	}

	private static String redisGet(String key) {
		return withRedis((redis) -> redis.sync().get(RedisLimitStore.KEY_PREFIX + key));
	}

	private static <T> T withRedis(java.util.function.Function<StatefulRedisConnection<String, String>, T> action) {
		RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return action.apply(connection);
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

}
