package org.sunshine.search.index;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import reactor.core.publisher.Mono;

/** The client answers with futures; the service speaks {@link Mono}. */
final class Futures {

	private Futures() {
	}

	static <T> Mono<T> mono(Supplier<CompletableFuture<T>> call) {
		return Mono.fromFuture(call);
	}

	static boolean isError(Throwable error, String type) {
		return error instanceof ElasticsearchException es && es.error() != null && type.equals(es.error().type());
	}
}
