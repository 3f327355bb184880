package org.sunshine.defaults.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when acceptable), echoes it on the
 * response and forwards it downstream; tracing baggage carries it into each service's log lines.
 */
class RequestIdFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
		exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
		// Set just before the response is sent, so a proxied response's own copy is replaced, not doubled.
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
			return Mono.empty();
		});
		ServerWebExchange withId = exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(RequestIds.HEADER, id)))
			.build();
		return chain.filter(withId);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
