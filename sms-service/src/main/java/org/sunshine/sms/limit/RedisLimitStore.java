package org.sunshine.sms.limit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import reactor.core.publisher.Mono;

/**
 * Counters in Redis ({@code REDIS_URL}), one key per window that expires an hour after its window.
 * Check-and-increment is one Lua script, so replicas sharing the Redis can never overshoot. While
 * Redis is unreachable commands fail at once instead of queueing (the limiter then fails closed for
 * verification codes); the connection is made on first use and again after a failed attempt, so the
 * service starts even when Redis is down.
 */
final class RedisLimitStore implements LimitStore, AutoCloseable {

	static final String KEY_PREFIX = "sunshine:sms:limit:";

	private static final String TAKE = """
			local count = tonumber(redis.call('GET', KEYS[1]) or '0')
			if count >= tonumber(ARGV[1]) then
			  return 0
			end
			redis.call('INCR', KEYS[1])
			redis.call('PEXPIREAT', KEYS[1], ARGV[2])
			return 1
			""";

	private static final String GIVE_BACK = """
			if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then
			  redis.call('DECR', KEYS[1])
			end
			return 0
			""";

	private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);

	private final RedisClient client;

	private final Mono<StatefulRedisConnection<String, String>> connection;

	RedisLimitStore(String url, Duration timeout) {
		RedisURI uri = RedisURI.create(url);
		uri.setTimeout(timeout);
		this.client = RedisClient.create();
		this.client.setOptions(ClientOptions.builder()
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
			.timeoutOptions(TimeoutOptions.enabled(timeout))
			.build());
		this.connection = Mono.fromCompletionStage(() -> this.client.connectAsync(StringCodec.UTF8, uri))
			// Kept once made (Lettuce reconnects it); a failed attempt is retried by the next caller.
			.cache((made) -> FOREVER, (ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	@Override
	public Mono<Boolean> take(SendLimiter.Slot slot) {
		long expiresAtMillis = slot.expiresAt().plus(1, ChronoUnit.HOURS).toEpochMilli();
		return this.connection
			.flatMap((redis) -> redis.reactive()
				.<Long>eval(TAKE, ScriptOutputType.INTEGER, new String[] { KEY_PREFIX + slot.key() },
						Integer.toString(slot.max()), Long.toString(expiresAtMillis))
				.next())
			.map((taken) -> taken == 1L);
	}

	@Override
	public Mono<Void> giveBack(SendLimiter.Slot slot) {
		return this.connection
			.flatMap((redis) -> redis.reactive()
				.<Long>eval(GIVE_BACK, ScriptOutputType.INTEGER, KEY_PREFIX + slot.key())
				.then());
	}

	@Override
	public void close() {
		this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
	}

}
