package org.sunshine.search.feed;

import java.util.List;
import java.util.Optional;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import org.sunshine.search.index.SearchDocument;

import reactor.core.publisher.Mono;

/**
 * Reads disclosure-service's change feed. Every call has a timeout and goes through a circuit breaker; a GET of the
 * feed is idempotent, so the poller may simply ask again.
 */
class DisclosureFeedClient {

	private static final ParameterizedTypeReference<Changes.Page<Changes.Policy>> POLICY_PAGE =
			new ParameterizedTypeReference<>() { };

	private static final ParameterizedTypeReference<Changes.Page<Changes.Power>> POWER_PAGE =
			new ParameterizedTypeReference<>() { };

	private final WebClient webClient;

	private final ReactiveCircuitBreaker breaker;

	private final FeedProperties properties;

	DisclosureFeedClient(WebClient webClient, ReactiveCircuitBreaker breaker, FeedProperties properties) {
		this.webClient = webClient;
		this.breaker = breaker;
		this.properties = properties;
	}

	/** A page of changes after {@code after}, already turned into the documents to index. */
	Mono<Batch> changes(FeedSource source, long after) {
		return switch (source) {
			case POLICIES -> fetch(source, after, POLICY_PAGE).map(page -> Batch.of(page, FeedDocuments::policy));
			case POWERS -> fetch(source, after, POWER_PAGE).map(page -> Batch.of(page, FeedDocuments::power));
		};
	}

	private <D> Mono<Changes.Page<D>> fetch(FeedSource source, long after,
			ParameterizedTypeReference<Changes.Page<D>> type) {
		Mono<Changes.Page<D>> call = webClient.get()
				.uri(uri -> uri.path(source.path())
						.queryParam("after", after)
						.queryParam("limit", properties.batchSize())
						.build())
				.retrieve()
				.bodyToMono(type)
				.timeout(properties.timeout());
		return breaker.run(call, Mono::error);
	}

	/**
	 * What one poll brought.
	 *
	 * @param received items in the page, public or not
	 * @param next the sequence to ask after next time
	 */
	record Batch(int received, long next, List<SearchDocument> documents) {

		static <D> Batch of(Changes.Page<D> page,
				java.util.function.Function<Changes.Item<D>, Optional<SearchDocument>> toDocument) {
			List<SearchDocument> documents = page.items().stream().map(toDocument).flatMap(Optional::stream)
					.toList();
			return new Batch(page.items().size(), page.next(), documents);
		}
	}
}
