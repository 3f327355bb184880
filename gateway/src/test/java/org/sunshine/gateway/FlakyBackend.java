package org.sunshine.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A backend that fails the first request to each path with 503 and answers the next ones with 200,
 * recording the method of every request it receives (per path), so a test can count what the
 * gateway sent. Requests under {@code /api/search/held/} are held until {@value #HELD} of them are in
 * the backend at once (or 5 s have passed), so a test can see how many the gateway lets through together.
 */
public final class FlakyBackend {

	static final int HELD = 40;

	private static final Map<String, List<String>> RECEIVED = new ConcurrentHashMap<>();

	private static final CountDownLatch HELD_TOGETHER = new CountDownLatch(HELD);

	private static final String URI = start();

	private FlakyBackend() {
	}

	static String uri() {
		return URI;
	}

	/** The methods of the requests that reached the backend for this path, in order. */
	public static List<String> received(String path) {
		return List.copyOf(RECEIVED.getOrDefault(path, List.of()));
	}

	private static String start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				if (exchange.getRequestURI().getPath().startsWith("/api/search/held/")) {
					HELD_TOGETHER.countDown();
					try {
						HELD_TOGETHER.await(5, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					exchange.sendResponseHeaders(200, -1);
					exchange.close();
					return;
				}
				List<String> methods = RECEIVED.computeIfAbsent(exchange.getRequestURI().getPath(),
						(path) -> new CopyOnWriteArrayList<>());
				methods.add(exchange.getRequestMethod());
				boolean first = methods.size() == 1;
				byte[] body = (first ? "{\"status\":503}" : "{\"status\":200}").getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				if ("HEAD".equals(exchange.getRequestMethod())) {
					exchange.sendResponseHeaders(first ? 503 : 200, -1);
				}
				else {
					exchange.sendResponseHeaders(first ? 503 : 200, body.length);
					exchange.getResponseBody().write(body);
				}
				exchange.close();
			});
			server.setExecutor(Executors.newCachedThreadPool());
			server.start();
			return "http://127.0.0.1:" + server.getAddress().getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
