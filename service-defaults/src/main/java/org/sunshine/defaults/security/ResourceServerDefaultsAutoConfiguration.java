package org.sunshine.defaults.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.problem.ProblemDetailsAutoConfiguration;
import org.sunshine.defaults.problem.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.core.convert.converter.Converter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every service is an OAuth2 resource server: it checks the gateway-issued JWT itself (signature by
 * the gateway's published keys chosen by kid, issuer, audience and RS256 pinned; see
 * {@link #jwtDecoder}), so a call straight to a service port without a valid token gets 401.
 * Public reads are listed per service in {@code sunshine.security.public-paths}.
 */
@AutoConfiguration(before = ReactiveOAuth2ResourceServerAutoConfiguration.class,
		after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class ResourceServerDefaultsAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ResourceServerDefaultsAutoConfiguration.class);

	/** The claim that carries role names (without the ROLE_ prefix). */
	public static final String ROLES_CLAIM = "roles";

	private static final String[] ALWAYS_PUBLIC = { "/actuator/health", "/actuator/health/**", "/livez", "/readyz",
			"/actuator/info", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**" };

	/**
	 * RS256 only, issuer and audience pinned, keys from the gateway's JWKS chosen by kid and fetched
	 * again every {@code jwks-max-age}, so a key the gateway retires stops validating here too (Boot's
	 * own decoder keeps its first copy of the JWKS for good).
	 */
	@Bean
	@ConditionalOnMissingBean(ReactiveJwtDecoder.class)
	ReactiveJwtDecoder jwtDecoder(Environment environment, SecurityProperties properties) {
		if (properties.federated()) {
			log.info("Accepting tokens of the OpenID provider {} (not the gateway's)", properties.oidcIssuerUri());
			return oidcDecoder(properties.oidcIssuerUri(), properties.audience());
		}
		String jwkSetUri = environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
		PublishedKeys keys = new PublishedKeys(WebClient.create(), jwkSetUri, properties.jwksMaxAge(),
				// The system clock, like the expiry check of the validators below.
				properties.jwksMissCooldown(), Clock.systemUTC());
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys::keysFor)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(validator(properties.issuer(), properties.audience()));
		decoder.setClaimSetConverter(ISSUER_AS_STRING);
		return decoder;
	}

	/**
	 * The default claim converter tries to turn {@code iss} into a URL; our issuer is a URN
	 * ({@code urn:sunshine-affairs}), so every request paid for a failed protocol-handler lookup and an
	 * exception before the converter fell back to the string. The validators compare strings anyway.
	 */
	static final MappedJwtClaimSetConverter ISSUER_AS_STRING = MappedJwtClaimSetConverter
		.withDefaults(Map.of(JwtClaimNames.ISS, (issuer) -> (issuer != null) ? issuer.toString() : null));

	/**
	 * Tokens of an OpenID Connect provider: its JWKS is found through issuer discovery
	 * ({@code /.well-known/openid-configuration}) on first use; RS256, issuer and audience pinned as for
	 * the gateway's tokens (the provider must put our audience in {@code aud}, e.g. a Keycloak audience mapper).
	 */
	static ReactiveJwtDecoder oidcDecoder(String issuer, String audience) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(validator(issuer, audience));
		return decoder;
	}

	private static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, (aud) -> aud != null && aud.contains(audience)));
	}

	@Bean
	@ConditionalOnMissingBean(SecurityWebFilterChain.class)
	SecurityWebFilterChain resourceServerFilterChain(ServerHttpSecurity http, SecurityProperties properties,
			ProblemWriter problems) {
		List<ServerWebExchangeMatcher> publicMatchers = publicMatchers(properties.publicPaths());
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.authorizeExchange((exchanges) -> {
				exchanges.pathMatchers(ALWAYS_PUBLIC).permitAll();
				publicMatchers.forEach((matcher) -> exchanges.matchers(matcher).permitAll());
				exchanges.anyExchange().authenticated();
			})
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new RolesConverter(properties.federated())))
				.authenticationEntryPoint(entryPoint(problems))
				.accessDeniedHandler(accessDenied(problems)))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint(problems))
				.accessDeniedHandler(accessDenied(problems)))
			.build();
	}

	static List<ServerWebExchangeMatcher> publicMatchers(List<String> publicPaths) {
		List<ServerWebExchangeMatcher> matchers = new ArrayList<>();
		for (String entry : publicPaths) {
			String[] parts = entry.trim().split("\\s+", 2);
			if (parts.length == 2) {
				matchers.add(ServerWebExchangeMatchers.pathMatchers(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)),
						parts[1]));
			}
			else {
				matchers.add(ServerWebExchangeMatchers.pathMatchers(parts[0]));
			}
		}
		return matchers;
	}

	private static ServerAuthenticationEntryPoint entryPoint(ProblemWriter problems) {
		return (exchange, ex) -> {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return problems.write(exchange,
					problems.problem(HttpStatus.UNAUTHORIZED, "problem.unauthorized", locale(exchange)), headers);
		};
	}

	private static ServerAccessDeniedHandler accessDenied(ProblemWriter problems) {
		return (exchange, ex) -> problems.write(exchange,
				problems.problem(HttpStatus.FORBIDDEN, "problem.forbidden", locale(exchange)));
	}

	private static Locale locale(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return (locale != null) ? locale : Locale.SIMPLIFIED_CHINESE;
	}

	/**
	 * Maps the {@code roles} claim to {@code ROLE_*} authorities; for an OpenID provider's token also
	 * its realm roles ({@code realm_access.roles}), upper-cased with {@code -} as {@code _}
	 * ({@code secrecy-reviewer} → {@code ROLE_SECRECY_REVIEWER}), keeping only the platform's roles (a
	 * realm's own, like {@code offline_access}, mean nothing here).
	 */
	static final class RolesConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

		static final Set<String> PLATFORM_ROLES = Set.of("ADMIN", "EDITOR", "REVIEWER", "SECRECY_REVIEWER", "CLERK",
				"HANDLER", "UNIT_HEAD", "SUPERVISOR", "SERVICE");

		private final boolean realmRoles;

		RolesConverter(boolean realmRoles) {
			this.realmRoles = realmRoles;
		}

		@Override
		public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
			Set<String> names = new LinkedHashSet<>();
			List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
			if (roles != null) {
				names.addAll(roles);
			}
			if (this.realmRoles && jwt.getClaim("realm_access") instanceof Map<?, ?> realm
					&& realm.get("roles") instanceof Collection<?> realmRoleNames) {
				realmRoleNames.stream()
					.map((role) -> String.valueOf(role).toUpperCase(Locale.ROOT).replace('-', '_'))
					.filter(PLATFORM_ROLES::contains)
					.forEach(names::add);
			}
			Collection<GrantedAuthority> authorities = new ArrayList<>();
			names.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
			String name = (jwt.getClaimAsString("preferred_username") != null && this.realmRoles)
					? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
			return Mono.just(new JwtAuthenticationToken(jwt, authorities, name));
		}

	}

}
