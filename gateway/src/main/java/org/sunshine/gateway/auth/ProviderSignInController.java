package org.sunshine.gateway.auth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.lifecycle.Once;
import org.sunshine.defaults.problem.CodedProblem;
import org.sunshine.defaults.security.SecurityProperties;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;

/**
 * Staff sign-in when an OpenID provider holds the accounts: the portal sends the browser to the provider
 * (authorization code + PKCE) and exchanges the code, renews and revokes tokens through this gateway,
 * which relays those requests to the provider's endpoints. Relaying keeps the portal's CSP at
 * {@code connect-src 'self'} and needs no CORS set-up at the provider; the gateway adds the client id and
 * passes on only the token fields the portal uses. Password sign-in and everything about local accounts
 * and keys is off (404): the provider's tokens are the only ones the services accept.
 */
@ProviderSignIn
@RestController
class ProviderSignInController {

	private static final Logger log = LoggerFactory.getLogger(ProviderSignInController.class);

	private static final Duration PROVIDER_TIME_LIMIT = Duration.ofSeconds(10);

	/** What the portal needs from a token answer; anything else the provider adds stays here. */
	private static final Set<String> TOKEN_FIELDS = Set.of("access_token", "token_type", "expires_in", "refresh_token",
			"refresh_expires_in", "id_token", "scope");

	/** The grants relayed to the provider and the form fields each needs (RFC 6749 §4.1.3 + PKCE, §6). */
	private static final Map<String, List<String>> RELAYED_GRANTS = Map.of("authorization_code",
			List.of("code", "code_verifier", "redirect_uri"), "refresh_token", List.of("refresh_token"));

	/** Errors of RFC 6749 §5.2 passed on as they are; any other becomes invalid_grant. */
	private static final Set<String> OAUTH_ERRORS = Set.of("invalid_request", "invalid_client", "invalid_grant",
			"unauthorized_client", "unsupported_grant_type", "invalid_scope");

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final WebClient http = WebClient.create();

	private final ProviderSignInProperties properties;

	private final Mono<Endpoints> endpoints;

	ProviderSignInController(SecurityProperties security, ProviderSignInProperties properties) {
		this.properties = properties;
		String issuer = security.oidcIssuerUri();
		String discovery = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
		// Read once when first needed, again after a failure (the provider may start after the gateway).
		this.endpoints = Once.untilSuccess(this.http.get()
			.uri(discovery)
			.retrieve()
			.bodyToMono(Endpoints.class)
			.timeout(PROVIDER_TIME_LIMIT)
			.flatMap((found) -> issuer.equals(found.issuer()) && found.authorizationEndpoint() != null
					&& found.tokenEndpoint() != null ? Mono.just(found)
							: Mono.error(new IllegalStateException("Discovery at " + discovery + " names another issuer "
									+ found.issuer() + " or lacks the authorization or token endpoint")))
			.doOnError((ex) -> log.warn("OpenID provider discovery failed: {}", ex.toString()))
			.onErrorMap((ex) -> new ProviderUnavailableProblem()));
	}

	/** What the portal's sign-in page needs to send the browser to the provider. */
	@GetMapping("/api/auth/sign-in-options")
	Mono<Map<String, String>> signInOptions() {
		return this.endpoints.map((found) -> Map.of("mode", "provider", "issuer", found.issuer(),
				"authorizationEndpoint", found.authorizationEndpoint(), "clientId", this.properties.clientId(),
				"scope", this.properties.scope()));
	}

	@PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<Void> passwordSignIn() {
		return Mono.error(LocalSignInOffProblem::new);
	}

	/** The code exchange (RFC 6749 §4.1.3 with the PKCE verifier) and renewal (§6), relayed. */
	@PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> token(ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			String grantType = form.getFirst("grant_type");
			if (grantType == null || grantType.isBlank()) {
				return Mono.error(new GrantProblem("invalid_request", "problem.grant-missing"));
			}
			List<String> needed = RELAYED_GRANTS.get(grantType);
			if (needed == null) {
				return Mono.error(new GrantProblem("unsupported_grant_type", "problem.grant-provider-only"));
			}
			MultiValueMap<String, String> relayed = new LinkedMultiValueMap<>();
			relayed.add("grant_type", grantType);
			relayed.add("client_id", this.properties.clientId());
			for (String name : needed) {
				String value = form.getFirst(name);
				if (value == null || value.isBlank()) {
					return Mono.error(new GrantProblem("invalid_request", "problem.grant-incomplete"));
				}
				relayed.add(name, value);
			}
			return this.endpoints.flatMap((found) -> relay(found.tokenEndpoint(), relayed));
		});
	}

	/** Sign-out: the provider revokes the refresh token when it offers RFC 7009; 204 in every case. */
	@PostMapping(path = "/api/auth/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> signOut(ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			String token = form.getFirst("refresh_token");
			if (token == null || token.isBlank()) {
				return Mono.empty();
			}
			MultiValueMap<String, String> revocation = new LinkedMultiValueMap<>();
			revocation.add("token", token);
			revocation.add("token_type_hint", "refresh_token");
			revocation.add("client_id", this.properties.clientId());
			return this.endpoints.filter((found) -> found.revocationEndpoint() != null)
				.flatMap((found) -> this.http.post()
					.uri(found.revocationEndpoint())
					.body(BodyInserters.fromFormData(revocation))
					.retrieve()
					.toBodilessEntity()
					.timeout(PROVIDER_TIME_LIMIT))
				.then()
				// The portal has forgotten the token either way; the provider ends the session at its expiry.
				.onErrorResume((ex) -> {
					log.info("Token revocation at the OpenID provider failed: {}", ex.toString());
					return Mono.empty();
				});
		});
	}

	private Mono<ResponseEntity<Map<String, Object>>> relay(String tokenEndpoint, MultiValueMap<String, String> form) {
		return this.http.post()
			.uri(tokenEndpoint)
			.accept(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromFormData(form))
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.bodyToMono(JSON_OBJECT).map((answer) -> {
						Map<String, Object> kept = new LinkedHashMap<>(answer);
						kept.keySet().retainAll(TOKEN_FIELDS);
						return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(kept);
					});
				}
				if (response.statusCode().is4xxClientError()) {
					return response.bodyToMono(JSON_OBJECT)
						.onErrorResume((ex) -> Mono.empty())
						.defaultIfEmpty(Map.of())
						.flatMap((refusal) -> Mono.error(new GrantProblem(oauthError(refusal.get("error")),
								"problem.provider-refused")));
				}
				log.warn("The OpenID provider answered a token request with {}", response.statusCode());
				return response.releaseBody().then(Mono.error(new ProviderUnavailableProblem()));
			})
			.timeout(PROVIDER_TIME_LIMIT)
			.onErrorMap((ex) -> !(ex instanceof ErrorResponseException), (ex) -> {
				log.warn("OpenID provider unreachable for a token request: {}", ex.toString());
				return new ProviderUnavailableProblem();
			});
	}

	private static String oauthError(Object error) {
		return (error instanceof String code && OAUTH_ERRORS.contains(code)) ? code : "invalid_grant";
	}

	/** The provider's discovery document, the parts used here. */
	record Endpoints(@JsonProperty("issuer") String issuer,
			@JsonProperty("authorization_endpoint") String authorizationEndpoint,
			@JsonProperty("token_endpoint") String tokenEndpoint,
			@JsonProperty("revocation_endpoint") String revocationEndpoint) {
	}

	/** Password sign-in asked of a gateway whose staff sign in at the provider. */
	static final class LocalSignInOffProblem extends CodedProblem {

		LocalSignInOffProblem() {
			super(HttpStatus.NOT_FOUND, "problem.local-sign-in-off");
		}

	}

	/** The provider cannot be reached or failed: try again shortly. */
	static final class ProviderUnavailableProblem extends CodedProblem {

		ProviderUnavailableProblem() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "problem.provider-unavailable");
			getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
		}

	}

}
