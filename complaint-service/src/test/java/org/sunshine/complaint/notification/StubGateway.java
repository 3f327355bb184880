package org.sunshine.complaint.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the two endpoints the relay calls: the gateway's client-credentials grant
 * ({@code POST /api/auth/token}, form-encoded, as the contract describes it) and sms-service's
 * {@code POST /internal/sms}. It records what it was sent; each idempotency key can be given a script of
 * statuses to answer (202 once the script is used up).
 */
final class StubGateway implements AutoCloseable {

	static final String SECRET = "test-service-secret";

	private final HttpServer server;

	private final JsonMapper json = JsonMapper.builder().build();

	final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

	final List<Received> sms = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

	private final AtomicInteger tokensIssued = new AtomicInteger();

	StubGateway() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/auth/token", this::token);
		this.server.createContext("/internal/sms", this::sms);
		this.server.start();
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	void answer(String idempotencyKey, Integer... statuses) {
		this.scripts.put(idempotencyKey, new ArrayDeque<>(List.of(statuses)));
	}

	List<Received> smsFor(String idempotencyKey) {
		return this.sms.stream().filter((received) -> idempotencyKey.equals(received.body().get("idempotencyKey").asString())).toList();
	}

	private void token(HttpExchange exchange) throws IOException {
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		this.tokenRequests.add(form);
		if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")
				|| !"client_credentials".equals(form.get("grant_type")) || !SECRET.equals(form.get("client_secret"))) {
			respond(exchange, 401, "application/problem+json", "{\"status\":401,\"title\":\"Unauthorized\"}");
			return;
		}
		respond(exchange, 200, "application/json", "{\"access_token\":\"token-" + this.tokensIssued.incrementAndGet()
				+ "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
	}

	private void sms(HttpExchange exchange) throws IOException {
		JsonNode body = this.json.readTree(exchange.getRequestBody().readAllBytes());
		this.sms.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("Content-Type"), body));
		Deque<Integer> script = this.scripts.get(body.path("idempotencyKey").asString(""));
		Integer status = (script != null) ? script.poll() : null;
		int answer = (status != null) ? status : 202;
		if (answer < 300) {
			respond(exchange, answer, "application/json", "{\"id\":\"m-1\",\"status\":\"QUEUED\"}");
		}
		else {
			respond(exchange, answer, "application/problem+json", "{\"status\":" + answer + ",\"title\":\"stub\"}");
		}
	}

	private static Map<String, String> form(String body) {
		return List.of(body.split("&"))
			.stream()
			.filter((pair) -> pair.contains("="))
			.collect(Collectors.toMap((pair) -> decode(pair.substring(0, pair.indexOf('='))),
					(pair) -> decode(pair.substring(pair.indexOf('=') + 1)), (a, b) -> b));
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Received(String authorization, String contentType, JsonNode body) {
	}

}
