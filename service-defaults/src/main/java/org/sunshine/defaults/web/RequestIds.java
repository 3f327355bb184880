package org.sunshine.defaults.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The request id every log line and problem response carries ({@code X-Request-Id}). */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName();

	// A caller's id is kept only when it is short and plain, so it cannot forge log lines.
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private RequestIds() {
	}

	/** The id of this exchange, or {@code null} outside the request-id filter. */
	public static String of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	static String acceptOrCreate(String candidate) {
		return (candidate != null && ACCEPTABLE.matcher(candidate).matches()) ? candidate
				: UUID.randomUUID().toString().replace("-", "");
	}

}
