package org.sunshine.sms.limit;

import java.time.Duration;
import java.util.List;

import org.sunshine.sms.template.TemplateKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Two replicas' limiters asking for the same recipient's one-time code at once, whatever the store. */
final class ReplicaRace {

	private ReplicaRace() {
	}

	/** 40 concurrent requests for recipient {@code race}, alternating between the two; true = granted. */
	static List<Boolean> oneTimeCodes(SendLimiter a, SendLimiter b, Duration timeout) {
		return Flux.range(0, 40)
			.flatMap((i) -> ((i % 2 == 0) ? a : b).acquire("race", TemplateKind.ONE_TIME_CODE, "ONE_TIME_CODE", null)
				.subscribeOn(Schedulers.parallel())
				.map((permit) -> true)
				.onErrorResume(LimitExceededException.class, (ex) -> Mono.just(false)), 40)
			.collectList()
			.block(timeout);
	}

}
