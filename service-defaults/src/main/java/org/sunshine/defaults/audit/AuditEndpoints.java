package org.sunshine.defaults.audit;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The verifier and the export, on each service's own port only (the gateway routes {@code /api/**},
 * not {@code /audit/**}), for ADMIN and SUPERVISOR: {@code GET /audit/verification} walks the chain,
 * {@code GET /audit/entries?after=0&limit=500} pages through it.
 */
final class AuditEndpoints {

	private static final Set<String> ALLOWED = Set.of("ROLE_ADMIN", "ROLE_SUPERVISOR");

	private AuditEndpoints() {
	}

	static RouterFunction<ServerResponse> routes(AuditTrail trail) {
		return RouterFunctions.route()
			.GET("/audit/verification", (request) -> allowed(request)
				.then(ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(trail.verify(), AuditVerification.class)))
			.GET("/audit/entries", (request) -> allowed(request).then(Mono.defer(() -> {
				long after = request.queryParam("after").map(Long::parseLong).orElse(0L);
				int limit = Math.clamp(request.queryParam("limit").map(Integer::parseInt).orElse(500), 1, 5000);
				return ServerResponse.ok()
					.contentType(MediaType.APPLICATION_NDJSON)
					.body(trail.entries(after, limit), AuditEntry.class);
			})))
			.build();
	}

	private static Mono<Void> allowed(ServerRequest request) {
		return request.principal()
			.ofType(Authentication.class)
			.filter((auth) -> auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ALLOWED::contains))
			.switchIfEmpty(Mono.error(() -> new AccessDeniedException("audit trail")))
			.then();
	}

}
