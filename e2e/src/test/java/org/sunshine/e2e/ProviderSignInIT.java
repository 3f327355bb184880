package org.sunshine.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff sign-in at an OpenID provider, in the browser: a gateway started with {@code OIDC_ISSUER_URI}
 * (its own process, next to the suite's platform) and a provider in this test that signs a person in at
 * once (as one already signed in at the provider would be). The portal sends the browser there with a
 * PKCE challenge, exchanges the code through the gateway, shows the menus of the person's realm roles,
 * renews through the gateway, and revokes at the provider on sign-out.
 */
class ProviderSignInIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CLIENT_ID = "sunshine-portal";

	private static final String PORT = "17090";

	private static final String GATEWAY = "http://127.0.0.1:" + PORT;

	private static Provider provider;

	private static Process gateway;

	private static Browser ui;

	@BeforeAll
	static void startGatewayWithAProvider() throws Exception {
		provider = Provider.start();
		Path work = Platform.WORK.resolveSibling("e2e-oidc");
		Files.createDirectories(work);
		Path jar;
		try (var jars = Files.list(Platform.ROOT.resolve("gateway/target"))) {
			jar = jars.filter((file) -> file.getFileName().toString().matches("gateway-.*\\.jar")).findFirst().orElseThrow();
		}
		ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
				jar.toString())
			.directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("gateway.log").toFile());
		builder.environment().putAll(Map.of("GATEWAY_PORT", PORT, "DATA_DIR", work.resolve("data").toString(),
				"OIDC_ISSUER_URI", provider.issuer(), "OIDC_CLIENT_ID", CLIENT_ID, "EUREKA_CLIENT_ENABLED", "false"));
		gateway = builder.start();
		awaitReady(work.resolve("gateway.log"));
		ui = Browser.open();
	}

	@AfterAll
	static void stopAll() throws InterruptedException {
		if (ui != null) {
			ui.close();
		}
		if (gateway != null) {
			gateway.destroy();
			if (!gateway.waitFor(30, TimeUnit.SECONDS)) {
				gateway.destroyForcibly();
			}
		}
		if (provider != null) {
			provider.server.stop(0);
		}
	}

	@Test
	void shouldSignInAtTheProviderRenewThroughTheGatewayAndRevokeOnSignOut() {
		ChromeDriver browser = ui.driver();
		browser.get(GATEWAY + "/#/staff");
		ui.waitForHeading("工作人员登录");
		WebElement providerSignIn = ui.waitVisible(By.id("provider-sign-in"));
		assertThat(browser.findElements(By.id("password"))).as("no password form").isEmpty();
		ui.checkPage();
		providerSignIn.click();

		// At the provider and back: signed in, the code gone from the address, the clerk's console offered.
		assertThat(ui.waitVisible(By.cssSelector(".signed-in")).getText()).contains("已登录：zhang.wei");
		assertThat(browser.getCurrentUrl()).isEqualTo(GATEWAY + "/#/staff");
		assertThat(browser.findElements(By.linkText("进入投诉工作台"))).hasSize(1);
		assertThat(ui.text(By.id("staff-bar"))).contains("工作人员：zhang.wei");
		assertThat(provider.codeExchanges).singleElement()
			.satisfies((form) -> assertThat(form).containsEntry("client_id", CLIENT_ID)
				.containsEntry("redirect_uri", GATEWAY + "/"));
		ui.checkPage();
		ui.screenshots("signin-provider");

		// A run-out access token is renewed through the gateway before the next staff call.
		JsonNode first = ui.staffSession();
		ui.changeStaffSession("s.expiresAt = Date.now() - 1000");
		browser.findElement(By.linkText("进入投诉工作台")).click();
		ui.waitForHeading("投诉工作台");
		new WebDriverWait(browser, Browser.WAIT).until((driver) -> !provider.renewals.isEmpty());
		new WebDriverWait(browser, Browser.WAIT).until(
				(driver) -> !ui.staffSession().get("token").asString().equals(first.get("token").asString()));
		assertThat(provider.renewals.get(0)).containsEntry("refresh_token", first.get("refreshToken").asString())
			.containsEntry("client_id", CLIENT_ID);
		// This gateway knows no services (no registry): the console's calls answer 503, which is not this test's.
		ui.consoleErrors("503");

		// Sign-out revokes the current refresh token at the provider.
		String current = ui.staffSession().get("refreshToken").asString();
		browser.findElement(By.xpath("//div[@id='staff-bar']/button[normalize-space()='退出登录']")).click();
		ui.waitVisible(By.id("provider-sign-in"));
		assertThat(ui.staffSession()).isNull();
		new WebDriverWait(browser, Browser.WAIT).until((driver) -> provider.revoked.contains(current));
		assertThat(ui.consoleErrors("503")).isEmpty();
	}

	/** Until the gateway answers /readyz; fails at once with its log if the process exits. */
	private static void awaitReady(Path log) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest ready = HttpRequest.newBuilder(URI.create(GATEWAY + "/readyz")).timeout(Duration.ofSeconds(5)).build();
		await("the OIDC gateway ready").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!gateway.isAlive()) {
				throw new AssertionError("the OIDC gateway exited:\n" + tail(log));
			}
			try {
				return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false; // not listening yet
			}
		});
	}

	private static String tail(Path log) {
		List<String> lines = Platform.read(log).lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/**
	 * An OpenID provider where the person is already signed in: its authorization endpoint answers at once
	 * with a code bound to the PKCE challenge; its token endpoint checks the verifier and issues RS256
	 * tokens carrying Keycloak-style realm roles; refresh tokens rotate and can be revoked.
	 */
	static final class Provider {

		private static final String REALM = "/realms/bureau";

		final HttpServer server;

		final List<Map<String, String>> codeExchanges = new CopyOnWriteArrayList<>();

		final List<Map<String, String>> renewals = new CopyOnWriteArrayList<>();

		final List<String> revoked = new CopyOnWriteArrayList<>();

		private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();

		private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();

		private final KeyPair key;

		private final SecureRandom random = new SecureRandom();

		private Provider(HttpServer server, KeyPair key) {
			this.server = server;
			this.key = key;
		}

		static Provider start() throws IOException, GeneralSecurityException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			Provider provider = new Provider(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0),
					generator.generateKeyPair());
			provider.server.createContext(REALM + "/.well-known/openid-configuration", (exchange) -> provider.reply(
					exchange, 200, """
							{"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
							 "revocation_endpoint":"%1$s/revoke","jwks_uri":"%1$s/certs"}""".formatted(provider.issuer())));
			provider.server.createContext(REALM + "/auth", provider::authorize);
			provider.server.createContext(REALM + "/token", provider::token);
			provider.server.createContext(REALM + "/revoke", (exchange) -> {
				String token = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).get("token");
				provider.refreshTokens.remove(token);
				provider.revoked.add(token);
				provider.reply(exchange, 200, "");
			});
			provider.server.start();
			return provider;
		}

		String issuer() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + REALM;
		}

		private void authorize(HttpExchange exchange) throws IOException {
			Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
			if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
					|| !"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null) {
				reply(exchange, 400, "{\"error\":\"invalid_request\"}");
				return;
			}
			String code = randomText();
			this.codes.put(code, query);
			exchange.getResponseHeaders().set("Location", query.get("redirect_uri") + "?code=" + code + "&state="
					+ URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		}

		private void token(HttpExchange exchange) throws IOException {
			Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			boolean valid;
			if ("authorization_code".equals(form.get("grant_type"))) {
				this.codeExchanges.add(form);
				Map<String, String> asked = this.codes.remove(form.getOrDefault("code", ""));
				valid = asked != null && asked.get("redirect_uri").equals(form.get("redirect_uri"))
						&& CLIENT_ID.equals(form.get("client_id"))
						&& asked.get("code_challenge").equals(challengeOf(form.getOrDefault("code_verifier", "")));
			}
			else if ("refresh_token".equals(form.get("grant_type"))) {
				this.renewals.add(form);
				valid = this.refreshTokens.remove(form.getOrDefault("refresh_token", "")) != null;
			}
			else {
				valid = false;
			}
			if (!valid) {
				reply(exchange, 400, "{\"error\":\"invalid_grant\"}");
				return;
			}
			String refresh = randomText();
			this.refreshTokens.put(refresh, true);
			reply(exchange, 200, JSON.writeValueAsString(Map.of("access_token", accessToken(), "token_type", "Bearer",
					"expires_in", 300, "refresh_token", refresh, "session_state", "provider-internal")));
		}

		private String accessToken() {
			try {
				Instant now = Instant.now();
				Map<String, Object> claims = new HashMap<>();
				claims.put("iss", issuer());
				claims.put("sub", "8c1f0b7e-zhang-wei");
				claims.put("aud", List.of("sunshine-affairs"));
				claims.put("preferred_username", "zhang.wei");
				claims.put("name", "张伟");
				claims.put("department", "NSFWK");
				claims.put("realm_access", Map.of("roles", List.of("clerk", "offline_access")));
				claims.put("iat", now.getEpochSecond());
				claims.put("exp", now.plusSeconds(300).getEpochSecond());
				claims.put("jti", randomText());
				String signingInput = base64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", "k1")))
						+ "." + base64(JSON.writeValueAsBytes(claims));
				Signature signature = Signature.getInstance("SHA256withRSA");
				signature.initSign(this.key.getPrivate());
				signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
				return signingInput + "." + base64(signature.sign());
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static String challengeOf(String verifier) {
			try {
				return base64(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private String randomText() {
			byte[] bytes = new byte[24];
			this.random.nextBytes(bytes);
			return base64(bytes);
		}

		private static String base64(byte[] bytes) {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

		private static Map<String, String> parse(String encoded) {
			Map<String, String> values = new HashMap<>();
			if (encoded == null) {
				return values;
			}
			for (String pair : encoded.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
			return values;
		}

	}

}
