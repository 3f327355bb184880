package org.sunshine.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway whose staff sign in at an OpenID provider (here a small one in the test, over real HTTP):
 * it names the provider to the portal, relays the code exchange, renewal and revocation, and offers
 * nothing of its local sign-in — no password grant, no accounts, no keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "sunshine.data-dir=target/it-data-oidc",
				"eureka.client.enabled=false", "sunshine.gateway.oidc.client-id=portal-test" })
@AutoConfigureWebTestClient
class ProviderSignInIT {

	private static final Provider provider = Provider.start();

	@Autowired
	WebTestClient web;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("sunshine.security.oidc-issuer-uri", provider::issuer);
	}

	@AfterAll
	static void stopProvider() {
		provider.server.stop(0);
	}

	@BeforeEach
	void freshProvider() {
		provider.received.clear();
		provider.answers.clear();
		provider.up = true;
	}

	@Test
	void shouldNameTheProviderToThePortal() {
		this.web.get()
			.uri("/api/auth/sign-in-options")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.mode").isEqualTo("provider")
			.jsonPath("$.issuer").isEqualTo(provider.issuer())
			.jsonPath("$.authorizationEndpoint").isEqualTo(provider.issuer() + "/auth")
			.jsonPath("$.clientId").isEqualTo("portal-test")
			.jsonPath("$.scope").isEqualTo("openid");
	}

	@Test
	void shouldOfferNoPasswordSignInNoAccountsAndNoKeys() {
		this.web.post()
			.uri("/api/auth/token")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "admin", "password", "anything-at-all"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Sign in at the identity provider");
		for (String path : List.of("/api/auth/accounts", "/api/auth/keys", "/.well-known/jwks.json")) {
			this.web.get().uri(path).exchange().expectStatus().isNotFound();
		}
		assertThat(this.context.getBeanNamesForType(TokenService.class)).as("no local token signing").isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoAccounts.class)).as("no demo accounts").isEmpty();
	}

	@Test
	void shouldRelayTheCodeExchangeWithItsClientIdAndPassOnOnlyTheTokenFields() {
		provider.answers.put("authorization_code", new Answer(200, """
				{"access_token":"at-1","token_type":"Bearer","expires_in":300,"refresh_token":"rt-1",
				 "refresh_expires_in":1800,"id_token":"it-1","session_state":"provider-internal","not-before-policy":0}"""));
		this.web.post()
			.uri("/api/auth/token")
			.body(BodyInserters.fromFormData("grant_type", "authorization_code")
				.with("code", "code-1")
				.with("code_verifier", "verifier-1")
				.with("redirect_uri", "https://portal.example/")
				.with("client_id", "someone-else"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(CacheControl.noStore())
			.expectBody()
			.jsonPath("$.access_token").isEqualTo("at-1")
			.jsonPath("$.refresh_token").isEqualTo("rt-1")
			.jsonPath("$.expires_in").isEqualTo(300)
			.jsonPath("$.session_state").doesNotExist()
			.jsonPath("$.not-before-policy").doesNotExist();
		assertThat(provider.received).singleElement()
			.satisfies((form) -> assertThat(form).containsEntry("grant_type", "authorization_code")
				.containsEntry("code", "code-1")
				.containsEntry("code_verifier", "verifier-1")
				.containsEntry("redirect_uri", "https://portal.example/")
				.containsEntry("client_id", "portal-test"));
	}

	@Test
	void shouldPassOnTheProvidersRefusalOfARenewalAsInvalidGrant() {
		provider.answers.put("refresh_token", new Answer(400, """
				{"error":"invalid_grant","error_description":"Token is not active"}"""));
		this.web.post()
			.uri("/api/auth/token")
			.body(BodyInserters.fromFormData("grant_type", "refresh_token").with("refresh_token", "rt-old"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error").isEqualTo("invalid_grant")
			.jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("重新登录"));
		assertThat(provider.received).singleElement()
			.satisfies((form) -> assertThat(form).containsEntry("refresh_token", "rt-old").containsEntry("client_id", "portal-test"));
	}

	@Test
	void shouldRefuseOtherGrantsAndIncompleteOnesWithoutAskingTheProvider() {
		this.web.post()
			.uri("/api/auth/token")
			.body(BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", "x").with("client_secret", "y"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error").isEqualTo("unsupported_grant_type");
		this.web.post()
			.uri("/api/auth/token")
			.body(BodyInserters.fromFormData("grant_type", "authorization_code").with("code", "code-1"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error").isEqualTo("invalid_request");
		assertThat(provider.received).isEmpty();
	}

	@Test
	void shouldRevokeTheRefreshTokenAtTheProviderOnSignOut() {
		this.web.post()
			.uri("/api/auth/logout")
			.body(BodyInserters.fromFormData("refresh_token", "rt-2"))
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(provider.received).singleElement()
			.satisfies((form) -> assertThat(form).containsEntry("token", "rt-2")
				.containsEntry("token_type_hint", "refresh_token")
				.containsEntry("client_id", "portal-test"));
	}

	@Test
	void shouldAnswer503WithRetryAfterWhileTheProviderFails() {
		provider.up = false;
		this.web.post()
			.uri("/api/auth/token")
			.body(BodyInserters.fromFormData("grant_type", "refresh_token").with("refresh_token", "rt-3"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "30")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	record Answer(int status, String body) {
	}

	/** Discovery, token and revocation endpoints; records every form it receives. */
	static final class Provider {

		private static final String REALM = "/realms/bureau";

		final HttpServer server;

		final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

		final Map<String, Answer> answers = new ConcurrentHashMap<>();

		volatile boolean up = true;

		private Provider(HttpServer server) {
			this.server = server;
		}

		static Provider start() {
			try {
				Provider provider = new Provider(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
				provider.server.createContext(REALM + "/.well-known/openid-configuration", (exchange) -> provider.reply(exchange,
						200, """
								{"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
								 "revocation_endpoint":"%1$s/revoke","jwks_uri":"%1$s/certs"}""".formatted(provider.issuer())));
				provider.server.createContext(REALM + "/token", (exchange) -> {
					Map<String, String> form = form(exchange);
					provider.received.add(form);
					Answer answer = provider.up ? provider.answers.get(form.get("grant_type")) : null;
					if (answer == null) {
						provider.reply(exchange, 500, "{}");
					}
					else {
						provider.reply(exchange, answer.status(), answer.body());
					}
				});
				provider.server.createContext(REALM + "/revoke", (exchange) -> {
					provider.received.add(form(exchange));
					provider.reply(exchange, 200, "");
				});
				provider.server.start();
				return provider;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		String issuer() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + REALM;
		}

		private void reply(HttpExchange exchange, int status, String body) throws IOException {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		}

		private static Map<String, String> form(HttpExchange exchange) throws IOException {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> form = new ConcurrentHashMap<>();
			for (String pair : body.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
			return form;
		}

	}

}
