package org.sunshine.gateway.auth;

import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * The client-credentials grant (RFC 6749 §4.4) for the services: a known client id and the shared
 * secret give a short-lived token with role SERVICE.
 */
class ServiceClients {

	private final Set<String> ids;

	private final ServiceClientSecret secret;

	private final TokenService tokens;

	private final ServiceClientProperties properties;

	ServiceClients(ServiceClientProperties properties, ServiceClientSecret secret, TokenService tokens) {
		this.ids = Set.copyOf(properties.ids());
		this.secret = secret;
		this.tokens = tokens;
		this.properties = properties;
	}

	/** A SERVICE token; empty for an unknown client or a wrong secret (one answer for both). */
	Mono<TokenService.IssuedToken> issue(String clientId, String clientSecret) {
		return Mono.fromSupplier(() -> {
			// The secret is checked even for an unknown id, so the timing does not tell which ids exist.
			boolean secretMatches = this.secret.matches(clientSecret);
			boolean known = clientId != null && this.ids.contains(clientId);
			return (secretMatches && known) ? this.tokens.issueForService(clientId, this.properties.tokenTtl())
					: null;
		});
	}

}
