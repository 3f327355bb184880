package org.sunshine.gateway.edge;

import java.time.Duration;

import org.sunshine.defaults.redis.RedisScripts;
import reactor.core.publisher.Mono;

/**
 * Counters in Redis, shared by every gateway replica: one Lua script increments and sets the
 * window's expiry together. While Redis cannot be reached the script fails at once (so a fail-closed
 * rule answers 503 without waiting), and the gateway starts even with Redis down.
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

	private final RedisScripts redis;

	RedisLimitCounters(String url, Duration timeout) {
		this.redis = new RedisScripts(url, timeout);
	}

	@Override
	public Mono<Long> increment(String key, Duration window) {
		return this.redis.eval(INCREMENT, new String[] { KEY_PREFIX + key }, Long.toString(window.toMillis()));
	}

	@Override
	public void close() {
		this.redis.close();
	}

}
