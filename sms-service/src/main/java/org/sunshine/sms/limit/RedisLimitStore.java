package org.sunshine.sms.limit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.sunshine.defaults.redis.RedisScripts;
import reactor.core.publisher.Mono;

/**
 * Counters in Redis ({@code REDIS_URL}), one key per window that expires an hour after its window.
 * Check-and-increment is one Lua script, so replicas sharing the Redis can never overshoot. While
 * Redis is unreachable the scripts fail at once (the limiter then fails closed for verification codes),
 * and the service starts even when Redis is down.
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

	private final RedisScripts redis;

	RedisLimitStore(String url, Duration timeout) {
		this.redis = new RedisScripts(url, timeout);
	}

	@Override
	public Mono<Boolean> take(SendLimiter.Slot slot) {
		long expiresAtMillis = slot.expiresAt().plus(1, ChronoUnit.HOURS).toEpochMilli();
		return this.redis
			.eval(TAKE, new String[] { KEY_PREFIX + slot.key() }, Integer.toString(slot.max()),
					Long.toString(expiresAtMillis))
			.map((taken) -> taken == 1L);
	}

	@Override
	public Mono<Void> giveBack(SendLimiter.Slot slot) {
		return this.redis.eval(GIVE_BACK, new String[] { KEY_PREFIX + slot.key() }).then();
	}

	@Override
	public void close() {
		this.redis.close();
	}

}
