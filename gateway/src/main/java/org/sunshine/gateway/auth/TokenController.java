package org.sunshine.gateway.auth;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sunshine.defaults.problem.CodedProblem;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sign-in: staff credentials (JSON) or a service's client credentials (form) in, a signed bearer token
 * out; and the public keys to check it.
 */
@LocalSignIn
@RestController
class TokenController {

	private final SigningKeys keys;

	private final ServiceClients serviceClients;

	private final SignInSessions sessions;

	TokenController(SigningKeys keys, ServiceClients serviceClients, SignInSessions sessions) {
		this.keys = keys;
		this.serviceClients = serviceClients;
		this.sessions = sessions;
	}

	@PostMapping("/api/auth/token")
	Mono<TokenView> signIn(@Valid @RequestBody SignInRequest request) {
		return this.sessions.signIn(request.username(), request.password())
			.map(TokenView::of)
			.switchIfEmpty(Mono.error(BadCredentialsProblem::new));
	}

	/**
	 * The form-encoded grants of RFC 6749: {@code client_credentials} for the services (§4.4) and
	 * {@code refresh_token} for a signed-in staff member's next token pair (§6).
	 */
	@PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<TokenView> grant(ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			String grantType = form.getFirst("grant_type");
			if (grantType == null || grantType.isBlank()) {
				return Mono.error(new GrantProblem("invalid_request", "problem.grant-missing"));
			}
			return switch (grantType) {
				case "client_credentials" -> this.serviceClients
					.issue(form.getFirst("client_id"), form.getFirst("client_secret"))
					.map((token) -> new TokenView(token.value(), "Bearer", token.expiresInSeconds(), null))
					.switchIfEmpty(Mono.error(() -> new BadCredentialsProblem("invalid_client")));
				case "refresh_token" -> this.sessions.refresh(form.getFirst("refresh_token"))
					.map(TokenView::of)
					.switchIfEmpty(Mono.error(() -> new GrantProblem("invalid_grant", "problem.refresh-invalid")));
				default -> Mono.error(new GrantProblem("unsupported_grant_type", "problem.grant-unsupported"));
			};
		});
	}

	/**
	 * Sign-out: ends the session of the refresh token (form field {@code refresh_token}). Holding the
	 * token is the proof, as in RFC 7009; an unknown token gets the same 204, so nothing is learnt.
	 */
	@PostMapping(path = "/api/auth/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> signOut(ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> this.sessions.signOut(form.getFirst("refresh_token")));
	}

	/** How staff sign in here: with a password at this gateway (the portal shows its form). */
	@GetMapping("/api/auth/sign-in-options")
	Map<String, String> signInOptions() {
		return Map.of("mode", "local");
	}

	@GetMapping("/.well-known/jwks.json")
	Map<String, Object> jwks() {
		return this.keys.publicJwks().toJSONObject();
	}

	record SignInRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TokenView(@JsonProperty("access_token") String accessToken,
			@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn,
			@JsonProperty("refresh_token") String refreshToken) {

		static TokenView of(SignInSessions.Session session) {
			return new TokenView(session.access().value(), "Bearer", session.access().expiresInSeconds(),
					session.refreshToken());
		}

	}

	/** One answer for an unknown name and a wrong password, so neither can be probed. */
	static final class BadCredentialsProblem extends CodedProblem {

		BadCredentialsProblem() {
			super(HttpStatus.UNAUTHORIZED, "problem.bad-credentials");
		}

		/** The same problem, with the RFC 6749 error code a machine client understands. */
		BadCredentialsProblem(String oauthError) {
			this();
			getBody().setProperty("error", oauthError);
		}

	}

}
