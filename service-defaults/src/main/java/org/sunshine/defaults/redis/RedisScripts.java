package org.sunshine.defaults.redis;

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
 * Lua scripts on a Redis ({@code REDIS_URL}) shared by a service's replicas, for counters that must hold
 * across them. While Redis cannot be reached a script fails at once instead of queueing, so a caller that
 * fails closed answers without waiting; the connection is made on first use, kept once made (Lettuce
 * reconnects it) and tried again by the next caller after a failed attempt, so a service starts even with
 * Redis down. Needs {@code io.lettuce:lettuce-core} on the class path.
 */
public final class RedisScripts implements AutoCloseable {

	private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);

	private final RedisClient client;

	private final Mono<StatefulRedisConnection<String, String>> connection;

	public RedisScripts(String url, Duration timeout) {
		RedisURI uri = RedisURI.create(url);
		uri.setTimeout(timeout);
		this.client = RedisClient.create();
		this.client.setOptions(ClientOptions.builder()
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
			.timeoutOptions(TimeoutOptions.enabled(timeout))
			.build());
		this.connection = Mono.fromCompletionStage(() -> this.client.connectAsync(StringCodec.UTF8, uri))
			.cache((made) -> FOREVER, (ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	/** Runs a script that returns an integer. */
	public Mono<Long> eval(String script, String[] keys, String... args) {
		return this.connection
			.flatMap((redis) -> redis.reactive().<Long>eval(script, ScriptOutputType.INTEGER, keys, args).next());
	}

	@Override
	public void close() {
		this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
	}

}
