package org.sunshine.gateway.edge;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Content-Security-Policy for what the gateway serves: the portal has no inline script or style,
 * so its policy allows only its own origin. The API documentation page (springdoc's Swagger UI)
 * styles itself inline, so {@code /api/docs} and its assets get {@code 'unsafe-inline'} for styles
 * only. Framing is refused everywhere ({@code frame-ancestors 'none'}).
 */
public final class SecurityHeaders implements ServerHttpHeadersWriter {

	static final String PORTAL_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

	@Override
	public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		boolean docs = path.startsWith("/api/docs") || path.startsWith("/webjars/swagger-ui");
		HttpHeaders headers = exchange.getResponse().getHeaders();
		if (!headers.containsHeader("Content-Security-Policy")) {
			headers.set("Content-Security-Policy", docs ? DOCS_POLICY : PORTAL_POLICY);
		}
		return Mono.empty();
	}

}
