package org.sunshine.sms.limit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sunshine.sms.EmbeddedStore;
import org.sunshine.sms.template.TemplateKind;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** Limit counters on the embedded store, taken by _id alone: never more slots granted than the limit. */
class MongoLimitStoreIT {

	private static final EmbeddedStore store = new EmbeddedStore();

	private static final LimitProperties PROPERTIES = new LimitProperties(new LimitProperties.Window(1, 5, 10),
			new LimitProperties.Window(0, 0, 3), null, null, Duration.ofSeconds(5));

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:30Z"), ZoneId.of("Asia/Shanghai"));

	@AfterAll
	static void stop() {
		store.close();
	}

	@Test
	void shouldLetExactlyOneCodeThroughWhenManyReplicasAskAtOnce() {
		SendLimiter a = new SendLimiter(new MongoLimitStore(store.mongo()), PROPERTIES, this.clock);
		SendLimiter b = new SendLimiter(new MongoLimitStore(store.mongo()), PROPERTIES, this.clock);

		List<Boolean> outcomes = ReplicaRace.oneTimeCodes(a, b, Duration.ofSeconds(20));

		assertThat(outcomes).hasSize(40).containsOnlyOnce(true);
		// Every refused request took its increments back: only the winner is counted.
		long hour = this.clock.instant().getEpochSecond() / 3600;
		assertThat(count("r:race:ONE_TIME_CODE:h:" + hour)).isEqualTo(1);
		assertThat(count("r:race:ONE_TIME_CODE:m:" + hour * 60)).isEqualTo(1);
	}

	@Test
	void shouldGrantUpToTheDailyLimitAndAgainAfterAPermitIsGivenBack() {
		SendLimiter limiter = new SendLimiter(new MongoLimitStore(store.mongo()), PROPERTIES, this.clock);
		SendLimiter.Permit first = acquire(limiter).block();
		acquire(limiter).block();
		acquire(limiter).block();

		StepVerifier.create(acquire(limiter)).expectError(LimitExceededException.class).verify();
		StepVerifier.create(first.release()).verifyComplete();
		StepVerifier.create(acquire(limiter)).expectNextCount(1).verifyComplete();
		StepVerifier.create(acquire(limiter)).expectError(LimitExceededException.class).verify();
		assertThat(count("r:daily:NOTIFICATION:d:2026-11-23")).isEqualTo(3);
	}

	private static Mono<SendLimiter.Permit> acquire(SendLimiter limiter) {
		return limiter.acquire("daily", TemplateKind.NOTIFICATION, "WARNING_RED", null);
	}

	private static int count(String key) {
		return store.mongo()
			.findById(key, MongoLimitStore.Counter.class, MongoLimitStore.COLLECTION)
			.map(MongoLimitStore.Counter::count)
			.block(Duration.ofSeconds(5));
	}

}
