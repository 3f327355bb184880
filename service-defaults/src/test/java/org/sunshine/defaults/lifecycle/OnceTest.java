package org.sunshine.defaults.lifecycle;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class OnceTest {

	@Test
	void shouldRunASuccessfulSetupOnlyOnce() {
		AtomicInteger runs = new AtomicInteger();
		Mono<Void> setup = Once.untilSuccess(Mono.fromRunnable(runs::incrementAndGet));

		StepVerifier.create(setup).verifyComplete();
		StepVerifier.create(setup).verifyComplete();

		assertThat(runs).hasValue(1);
	}

	@Test
	void shouldTryAFailedSetupAgainForTheNextCaller() {
		AtomicInteger runs = new AtomicInteger();
		Mono<Integer> setup = Once.untilSuccess(Mono.fromCallable(() -> {
			if (runs.incrementAndGet() == 1) {
				throw new IllegalStateException("store not up yet");
			}
			return runs.get();
		}));

		StepVerifier.create(setup).verifyErrorMessage("store not up yet");
		StepVerifier.create(setup).expectNext(2).verifyComplete();
		StepVerifier.create(setup).expectNext(2).verifyComplete();

		assertThat(runs).hasValue(2);
	}

}
