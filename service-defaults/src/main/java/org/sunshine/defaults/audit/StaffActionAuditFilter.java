package org.sunshine.defaults.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.security.ResourceServerDefaultsAutoConfiguration;
import org.sunshine.defaults.web.RequestIds;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Records every state-changing request made with a staff member's token once it is answered: who,
 * which method and path, and the status. Anonymous writes (a taxpayer filing a complaint) are not
 * staff actions, nor are a service's own calls (a SERVICE-only token from the client-credentials
 * grant: the callee logs those itself, e.g. the SMS log keeps caller and key, and one trail entry per
 * SMS would serialise sending behind the chain). Runs after the security filters, so the principal
 * is known; the query string is left out because it may carry personal data.
 */
class StaffActionAuditFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(StaffActionAuditFilter.class);

	private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	private static final List<String> SERVICE_ONLY = List.of("SERVICE");

	private final AuditTrail trail;

	StaffActionAuditFilter(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (SAFE.contains(exchange.getRequest().getMethod())) {
			return chain.filter(exchange);
		}
		// The principal is read here, inside the security filters' context: an error answer is written
		// by the exception handlers outside it. Recorded as the answer is committed, error answers
		// included, so the entry is stored before the caller learns the outcome.
		return exchange.getPrincipal()
			.ofType(JwtAuthenticationToken.class)
			.filter((token) -> !SERVICE_ONLY.equals(token.getToken()
				.getClaimAsStringList(ResourceServerDefaultsAutoConfiguration.ROLES_CLAIM)))
			.doOnNext((token) -> exchange.getResponse().beforeCommit(() -> record(exchange, token)))
			.then(Mono.defer(() -> chain.filter(exchange)));
	}

	private Mono<Void> record(ServerWebExchange exchange, JwtAuthenticationToken token) {
		String action = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
		return this.trail
			.record(new AuditEvent(token.getName(), roles(token), action, null,
					outcome(exchange.getResponse().getStatusCode()), RequestIds.of(exchange), Map.of()))
			// The action itself has happened; a trail that cannot be written is an operator's alarm, not the caller's error.
			.onErrorResume((ex) -> {
				log.error("Could not record a staff action in the audit trail", ex);
				return Mono.empty();
			})
			.then();
	}

	private static String roles(JwtAuthenticationToken token) {
		List<String> roles = token.getToken().getClaimAsStringList(ResourceServerDefaultsAutoConfiguration.ROLES_CLAIM);
		return (roles != null) ? String.join(",", roles) : "";
	}

	private static String outcome(HttpStatusCode status) {
		return (status != null) ? Integer.toString(status.value()) : "200";
	}

	@Override
	public int getOrder() {
		// After Spring Security's WebFilterChainProxy (-100), which sets the principal.
		return 0;
	}

}
