package org.sunshine.gateway.auth;

import java.util.List;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import org.sunshine.defaults.problem.CodedProblem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Checks the bearer token on the gateway's own account endpoints. The gateway routes everything
 * else without a resource server (each service checks its tokens), so these endpoints verify with
 * the gateway's own published keys (chosen by kid), RS256, issuer and audience pinned, in process.
 */
class StaffTokens {

	private static final String BEARER = "Bearer ";

	private final ReactiveJwtDecoder decoder;

	StaffTokens(SigningKeys keys, String issuer, String audience) {
		// The key named by the token's kid among those published now: a retired key no longer verifies.
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			.withJwkSource((jwt) -> Flux.fromIterable(
					new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())).select(keys.publicJwks())))
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						(aud) -> aud != null && aud.contains(audience))));
		this.decoder = decoder;
	}

	/** The verified token of the caller; a 401 problem without a valid one. */
	Mono<Jwt> authenticate(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return Mono.error(Unauthenticated::new);
		}
		return this.decoder.decode(authorization.substring(BEARER.length()).strip())
			.onErrorMap(JwtException.class, (ex) -> new Unauthenticated());
	}

	/** The verified token of a caller holding {@code role}; 401 without a valid token, 403 without the role. */
	Mono<Jwt> requireRole(String authorization, Role role) {
		return authenticate(authorization).flatMap((jwt) -> {
			List<String> roles = jwt.getClaimAsStringList("roles");
			return (roles != null && roles.contains(role.name())) ? Mono.just(jwt) : Mono.error(Forbidden::new);
		});
	}

	static final class Unauthenticated extends CodedProblem {

		Unauthenticated() {
			super(HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		}

	}

	static final class Forbidden extends CodedProblem {

		Forbidden() {
			super(HttpStatus.FORBIDDEN, "problem.forbidden");
		}

	}

}
