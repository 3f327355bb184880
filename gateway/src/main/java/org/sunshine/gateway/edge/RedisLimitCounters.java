package org.sunshine.gateway.edge;

import java.time.Duration;

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
 * Counters in Redis, shared by every gateway replica: one Lua script increments and sets the
 * window's expiry together. While Redis cannot be reached commands fail at once instead of queueing
 * (so a fail-closed rule answers 503 without waiting); the connection is made on first use and
 * retried by the next caller after a failure, so the gateway starts even with Redis down.
 */
final class RedisLimitCounters implements LimitCounters, AutoCloseable {

	static final String KEY_PREFIX = "sunshine:edge:";

	private static final String INCREMENT = """
			local count = redis.call('INCR', KEYS[1])
			if count == 1 then
			  redis.call('PEXPIRE', KEYS[1], ARGV[1])
			end
			return count
			""";

	private final RedisClient client;

	private final Mono<StatefulRedisConnection<String, String>> connection;

	RedisLimitCounters(String url, Duration timeout) {
		RedisURI uri = RedisURI.create(url);
		uri.setTimeout(timeout);
		this.client = RedisClient.create();
		this.client.setOptions(ClientOptions.builder()
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
			.timeoutOptions(TimeoutOptions.enabled(timeout))
			.build());
		this.connection = Mono.fromCompletionStage(() -> this.client.connectAsync(StringCodec.UTF8, uri))
			.cache((made) -> Duration.ofMillis(Long.MAX_VALUE), (ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	@Override
	public Mono<Long> increment(String key, Duration window) {
		return this.connection.flatMap((redis) -> redis.reactive()
			.<Long>eval(INCREMENT, ScriptOutputType.INTEGER, new String[] { KEY_PREFIX + key },
					Long.toString(window.toMillis()))
			.next());
	}

	@Override
	public void close() {
		this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
	}

}
