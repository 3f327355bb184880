package org.sunshine.disclosure.review;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class RecentReadsTest {

	private final RecentReads<String> reads = new RecentReads<>(Duration.ofMinutes(1), 100);

	private final AtomicInteger loads = new AtomicInteger();

	private Mono<String> load(String value) {
		return Mono.fromCallable(() -> value + "#" + this.loads.incrementAndGet());
	}

	@Test
	void shouldAnswerARepeatedReadFromMemory() {
		StepVerifier.create(this.reads.get("XZCF-1", () -> load("v1"))).expectNext("v1#1").verifyComplete();
		StepVerifier.create(this.reads.get("XZCF-1", () -> load("v1"))).expectNext("v1#1").verifyComplete();
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void shouldReadTheStoreAgainAfterThisReplicaWroteTheItem() {
		this.reads.get("XZCF-1", () -> load("v1")).block();
		this.reads.forget("XZCF-1");
		StepVerifier.create(this.reads.get("XZCF-1", () -> load("v2"))).expectNext("v2#2").verifyComplete();
	}

	@Test
	void shouldNotRememberAReadThatWasUnderWayWhileTheItemWasWritten() {
		Sinks.One<String> slowStore = Sinks.one();
		Mono<String> inFlight = this.reads.get("XZCF-1", slowStore::asMono);
		StepVerifier.create(inFlight)
			.then(() -> {
				this.reads.forget("XZCF-1");
				slowStore.tryEmitValue("v1, read before the write");
			})
			.expectNext("v1, read before the write")
			.verifyComplete();
		StepVerifier.create(this.reads.get("XZCF-1", () -> load("v2"))).expectNext("v2#1").verifyComplete();
	}

	@Test
	void shouldNotRememberThatAnItemIsMissing() {
		StepVerifier.create(this.reads.get("XZCF-9", Mono::empty)).verifyComplete();
		StepVerifier.create(this.reads.get("XZCF-9", () -> load("published since"))).expectNext("published since#1")
			.verifyComplete();
	}

	@Test
	void shouldAlwaysReadTheStoreWithAZeroTtl() {
		RecentReads<String> off = new RecentReads<>(Duration.ZERO, 100);
		off.get("XZCF-1", () -> load("v1")).block();
		off.get("XZCF-1", () -> load("v1")).block();
		assertThat(this.loads).hasValue(2);
	}

}
