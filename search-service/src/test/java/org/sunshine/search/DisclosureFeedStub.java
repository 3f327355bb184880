package org.sunshine.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * disclosure-service's public change feed, served from memory on a loopback port: items get the next value of one
 * global sequence, as the contract says, and pages follow {@code after} and {@code limit}.
 */
public final class DisclosureFeedStub implements AutoCloseable {

	public static final String POLICIES = "/api/policies/changes";

	public static final String POWERS = "/api/powers/changes";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private record Entry(long sequence, Object item) {
	}

	private final AtomicLong sequence = new AtomicLong();

	private final Map<String, List<Entry>> feeds = new ConcurrentHashMap<>();

	private final AtomicInteger failuresToServe = new AtomicInteger();

	private final AtomicInteger requests = new AtomicInteger();

	private final DisposableServer server;

	public DisclosureFeedStub() {
		feeds.put(POLICIES, new CopyOnWriteArrayList<>());
		feeds.put(POWERS, new CopyOnWriteArrayList<>());
		server = HttpServer.create().host("127.0.0.1").port(0)
				.route(routes -> routes.get(POLICIES, (req, res) -> page(POLICIES, req, res))
						.get(POWERS, (req, res) -> page(POWERS, req, res)))
				.bindNow();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.port();
	}

	/** Publishes an item built for the sequence it gets; answers that sequence. */
	public synchronized long publish(String feed, LongFunction<Object> itemForSequence) {
		long next = sequence.incrementAndGet();
		feeds.get(feed).add(new Entry(next, itemForSequence.apply(next)));
		return next;
	}

	/** The next {@code count} requests are answered 503, as when disclosure-service is down. */
	public void failNext(int count) {
		failuresToServe.set(count);
	}

	public int failuresLeft() {
		return failuresToServe.get();
	}

	public int requests() {
		return requests.get();
	}

	private Mono<Void> page(String feed, HttpServerRequest request, HttpServerResponse response) {
		requests.incrementAndGet();
		if (failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			return response.status(HttpResponseStatus.SERVICE_UNAVAILABLE).send();
		}
		Map<String, List<String>> params = new QueryStringDecoder(request.uri()).parameters();
		long after = Long.parseLong(params.getOrDefault("after", List.of("0")).getFirst());
		int limit = Integer.parseInt(params.getOrDefault("limit", List.of("100")).getFirst());
		List<Entry> items = feeds.get(feed).stream().filter(e -> e.sequence() > after).limit(limit).toList();
		long next = items.isEmpty() ? after : items.getLast().sequence();
		String body = JSON.writeValueAsString(Map.of("items", items.stream().map(Entry::item).toList(), "next", next));
		return response.header("Content-Type", "application/json").sendString(Mono.just(body)).then();
	}

	@Override
	public void close() {
		server.disposeNow();
	}
}
