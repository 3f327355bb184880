package org.sunshine.gateway.edge;

import java.util.Locale;

import org.sunshine.defaults.problem.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request body larger than {@code sunshine.edge.max-body-size} (default 1 MB) with a 413
 * problem before anything is routed. Bodies announced by Content-Length are refused unread; a
 * chunked body is passed on, since every service caps what it buffers itself.
 */
final class BodySizeLimitFilter implements WebFilter, Ordered {

	private final long maxBytes;

	private final ProblemWriter problems;

	BodySizeLimitFilter(DataSize max, ProblemWriter problems) {
		this.maxBytes = max.toBytes();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long length = exchange.getRequest().getHeaders().getContentLength();
		if (length <= this.maxBytes) {
			return chain.filter(exchange);
		}
		Locale locale = exchange.getLocaleContext().getLocale();
		ProblemDetail problem = this.problems.problem(HttpStatus.CONTENT_TOO_LARGE, "problem.body-too-large",
				(locale != null) ? locale : Locale.SIMPLIFIED_CHINESE, this.maxBytes / 1024);
		return this.problems.write(exchange, problem);
	}

	@Override
	public int getOrder() {
		return -300;
	}

}
