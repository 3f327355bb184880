package org.sunshine.gateway.auth;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sign-in: staff credentials (JSON) or a service's client credentials (form) in, a signed bearer token
 * out; and the public keys to check it.
 */
@RestController
class TokenController {

	private final TokenService tokens;

	private final SigningKeys keys;

	private final ServiceClients serviceClients;

	TokenController(TokenService tokens, SigningKeys keys, ServiceClients serviceClients) {
		this.tokens = tokens;
		this.keys = keys;
		this.serviceClients = serviceClients;
	}

	@PostMapping("/api/auth/token")
	Mono<TokenView> signIn(@Valid @RequestBody SignInRequest request) {
		return this.tokens.signIn(request.username(), request.password())
			.map((token) -> new TokenView(token.value(), "Bearer", token.expiresInSeconds()))
			.switchIfEmpty(Mono.error(BadCredentialsProblem::new));
	}

	/** The client-credentials grant for the services, form-encoded as RFC 6749 §4.4 has it. */
	@PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<TokenView> clientCredentials(ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			String grantType = form.getFirst("grant_type");
			if (grantType == null || grantType.isBlank()) {
				return Mono.error(new GrantProblem("invalid_request", "problem.grant-missing"));
			}
			if (!"client_credentials".equals(grantType)) {
				return Mono.error(new GrantProblem("unsupported_grant_type", "problem.grant-unsupported"));
			}
			return this.serviceClients.issue(form.getFirst("client_id"), form.getFirst("client_secret"))
				.map((token) -> new TokenView(token.value(), "Bearer", token.expiresInSeconds()))
				.switchIfEmpty(Mono.error(() -> new BadCredentialsProblem("invalid_client")));
		});
	}

	@GetMapping("/.well-known/jwks.json")
	Map<String, Object> jwks() {
		return this.keys.publicJwks().toJSONObject();
	}

	record SignInRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record TokenView(@JsonProperty("access_token") String accessToken,
			@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
	}

	/** One answer for an unknown name and a wrong password, so neither can be probed. */
	static final class BadCredentialsProblem extends ErrorResponseException {

		BadCredentialsProblem() {
			super(HttpStatus.UNAUTHORIZED, ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED), null,
					"problem.bad-credentials.detail", null);
		}

		/** The same problem, with the RFC 6749 error code a machine client understands. */
		BadCredentialsProblem(String oauthError) {
			this();
			getBody().setProperty("error", oauthError);
		}

		@Override
		public String getTitleMessageCode() {
			return "problem.bad-credentials.title";
		}

	}

	/** A token request this endpoint cannot serve; {@code error} carries the RFC 6749 §5.2 code. */
	static final class GrantProblem extends ErrorResponseException {

		private final String code;

		GrantProblem(String oauthError, String code) {
			super(HttpStatus.BAD_REQUEST, problemWith(oauthError), null, code + ".detail", null);
			this.code = code;
		}

		private static ProblemDetail problemWith(String oauthError) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
			problem.setProperty("error", oauthError);
			return problem;
		}

		@Override
		public String getTitleMessageCode() {
			return this.code + ".title";
		}

	}

}
