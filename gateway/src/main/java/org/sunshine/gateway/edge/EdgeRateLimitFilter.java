package org.sunshine.gateway.edge;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.problem.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Counts each request against every limit rule it matches, per client IP, before it is routed.
 * Over a limit: 429 problem with Retry-After (the rest of the window). Counters unreachable: 503
 * problem for rules that fail closed (sign-in, complaint filing, tracking codes, one-time codes),
 * through for the rest (reads).
 */
final class EdgeRateLimitFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(EdgeRateLimitFilter.class);

	private record CompiledRule(EdgeLimitProperties.Rule rule, HttpMethod method, PathPattern path) {

		boolean matches(ServerWebExchange exchange) {
			return (this.method == null || this.method.equals(exchange.getRequest().getMethod()))
					&& this.path.matches(exchange.getRequest().getPath().pathWithinApplication());
		}

	}

	private enum Verdict {

		PASS, LIMITED, UNAVAILABLE

	}

	private record Decision(EdgeLimitProperties.Rule rule, Verdict verdict) {
	}

	private final List<CompiledRule> rules;

	private final LimitCounters counters;

	private final ProblemWriter problems;

	private final Clock clock;

	EdgeRateLimitFilter(EdgeLimitProperties properties, LimitCounters counters, ProblemWriter problems, Clock clock) {
		this.rules = properties.limits()
			.stream()
			.map((rule) -> new CompiledRule(rule,
					(rule.method() == null || rule.method().isBlank()) ? null
							: HttpMethod.valueOf(rule.method().toUpperCase(Locale.ROOT)),
					PathPatternParser.defaultInstance.parse(rule.path())))
			.toList();
		this.counters = counters;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		// Every proxied read passes here: a loop, not a stream, and one operator per matching rule (usually one).
		List<CompiledRule> matching = new ArrayList<>(2);
		for (CompiledRule rule : this.rules) {
			if (rule.matches(exchange)) {
				matching.add(rule);
			}
		}
		if (matching.isEmpty()) {
			return chain.filter(exchange);
		}
		return firstRefusal(matching, 0, clientAddress(exchange))
			.flatMap((refusal) -> refusal.isPresent() ? refuse(exchange, refusal.get()) : chain.filter(exchange));
	}

	/** Counts the rules from {@code index} on, in order, and stops at the first that refuses (later ones uncounted). */
	private Mono<Optional<Decision>> firstRefusal(List<CompiledRule> matching, int index, String client) {
		if (index == matching.size()) {
			return Mono.just(Optional.empty());
		}
		return decide(matching.get(index).rule(), client).flatMap((decision) -> (decision.verdict() == Verdict.PASS)
				? firstRefusal(matching, index + 1, client) : Mono.just(Optional.of(decision)));
	}

	private Mono<Decision> decide(EdgeLimitProperties.Rule rule, String client) {
		long window = rule.window().toMillis();
		long windowIndex = this.clock.millis() / window;
		String key = rule.name() + ":" + client + ":" + windowIndex;
		return this.counters.increment(key, rule.window())
			.map((count) -> new Decision(rule, (count > rule.max()) ? Verdict.LIMITED : Verdict.PASS))
			.onErrorResume((ex) -> {
				log.warn("Limit counters unreachable for rule {} ({}): {}", rule.name(),
						rule.failsClosed() ? "refusing" : "letting through", ex.toString());
				return Mono.just(new Decision(rule, rule.failsClosed() ? Verdict.UNAVAILABLE : Verdict.PASS));
			});
	}

	private Mono<Void> refuse(ServerWebExchange exchange, Decision decision) {
		EdgeLimitProperties.Rule rule = decision.rule();
		Locale locale = exchange.getLocaleContext().getLocale();
		locale = (locale != null) ? locale : Locale.SIMPLIFIED_CHINESE;
		HttpHeaders headers = new HttpHeaders();
		ProblemDetail problem;
		if (decision.verdict() == Verdict.LIMITED) {
			long window = rule.window().toMillis();
			long left = window - this.clock.millis() % window;
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, Duration.ofMillis(left).toSeconds() + 1)));
			problem = this.problems.problem(HttpStatus.TOO_MANY_REQUESTS, "problem.rate-limited", locale);
		}
		else {
			headers.set(HttpHeaders.RETRY_AFTER, "10");
			problem = this.problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.limits-unavailable", locale);
		}
		problem.setProperty("limit", rule.name());
		return this.problems.write(exchange, problem, headers);
	}

	/**
	 * The client's address. Behind a trusted proxy (FORWARD_HEADERS_STRATEGY=framework) it comes from
	 * X-Forwarded-For as an unresolved address, which has a host string but no InetAddress: reading only
	 * the latter would put every client in one bucket.
	 */
	static String clientAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

	@Override
	public int getOrder() {
		// Before security and routing: a refused request costs nothing downstream.
		return -200;
	}

}
