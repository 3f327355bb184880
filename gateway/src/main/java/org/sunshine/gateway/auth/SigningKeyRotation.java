package org.sunshine.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.lifecycle.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Rotates the signing key on demand (ADMIN) and, when {@code rotate-every} is set, on schedule. A
 * replaced key stays published for {@code retainFor}: the longest token lifetime plus the clock skew
 * the services allow, so every token signed with it expires before its key disappears.
 */
class SigningKeyRotation extends BackgroundSubscription {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyRotation.class);

	private final SigningKeys keys;

	private final SigningKeyProperties properties;

	private final Duration retainFor;

	private final Clock clock;

	SigningKeyRotation(SigningKeys keys, SigningKeyProperties properties, Duration retainFor, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.retainFor = retainFor;
		this.clock = clock;
	}

	List<SigningKeys.KeyView> views() {
		return this.keys.views();
	}

	List<SigningKeys.KeyView> rotate() {
		return this.keys.rotate(this.retainFor);
	}

	Optional<List<SigningKeys.KeyView>> retire(String kid) {
		return this.keys.retire(kid);
	}

	/** Whether the signing key is older than {@code rotate-every}. */
	boolean isDue(Instant now) {
		Duration every = this.properties.rotateEvery();
		if (every == null || every.isZero() || every.isNegative()) {
			return false;
		}
		return this.keys.views().stream()
			.filter(SigningKeys.KeyView::signing)
			.anyMatch((key) -> !key.createdAt().plus(every).isAfter(now));
	}

	@Override
	protected Disposable subscribe() {
		Duration every = this.properties.rotateEvery();
		if (every == null || every.isZero() || every.isNegative()) {
			return Mono.never().subscribe();
		}
		return Flux.interval(this.properties.checkEvery())
			.onBackpressureDrop()
			.concatMap((tick) -> Mono.fromRunnable(() -> {
				if (isDue(this.clock.instant())) {
					rotate();
				}
			}).subscribeOn(Schedulers.boundedElastic()).onErrorResume((ex) -> {
				log.warn("Scheduled signing key rotation failed: {}", ex.toString());
				return Mono.empty();
			}))
			.subscribe();
	}

}
