package org.sunshine.gateway.auth;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff sign-in: credentials in, a signed bearer token out; and the public keys to check it. */
@RestController
class TokenController {

	private final TokenService tokens;

	private final SigningKeys keys;

	TokenController(TokenService tokens, SigningKeys keys) {
		this.tokens = tokens;
		this.keys = keys;
	}

	@PostMapping("/api/auth/token")
	Mono<TokenView> signIn(@Valid @RequestBody SignInRequest request) {
		return this.tokens.signIn(request.username(), request.password())
			.map((token) -> new TokenView(token.value(), "Bearer", token.expiresInSeconds()))
			.switchIfEmpty(Mono.error(BadCredentialsProblem::new));
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

		@Override
		public String getTitleMessageCode() {
			return "problem.bad-credentials.title";
		}

	}

}
