package org.sunshine.defaults.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The request id every log line and problem response carries ({@code X-Request-Id}). */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName();

	private static final HexFormat HEX = HexFormat.of();

	// A caller's id is kept only when it is short and plain, so it cannot forge log lines.
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private RequestIds() {
	}

	/** The id of this exchange, or {@code null} outside the request-id filter. */
	public static String of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	static String acceptOrCreate(String candidate) {
		return (candidate != null && ACCEPTABLE.matcher(candidate).matches()) ? candidate : create();
	}

	// 128 random bits as 32 hex digits, the shape UUID.randomUUID() gave. A correlation id needs no secrecy,
	// and SecureRandom's locked read of the OS source was ~1 % of the gateway's CPU at peak.
	static String create() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
	}

}
