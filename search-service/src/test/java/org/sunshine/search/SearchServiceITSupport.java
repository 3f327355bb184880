package org.sunshine.search;

import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.sunshine.search.index.SearchEngine;

import reactor.core.publisher.Mono;

/**
 * One application context for every integration test: the real embedded search node under a temporary data
 * directory, and the change feed read from an in-memory disclosure-service on a loopback port. Subclasses change
 * nothing in the configuration, so the context (and the node) start once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"eureka.client.enabled=false",
		"sunshine.search.feed.load-balanced=false",
		"sunshine.search.feed.poll-interval=100ms",
		"sunshine.search.feed.backoff-initial=100ms",
		"sunshine.search.feed.backoff-max=500ms",
		"sunshine.search.feed.breaker-open-for=1s" })
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class SearchServiceITSupport {

	static {
		System.setProperty("es.set.netty.runtime.available.processors", "false");
	}

	protected static final DisclosureFeedStub DISCLOSURE = new DisclosureFeedStub();

	private static final Path DATA_DIR = temporaryDirectory();

	@Autowired
	protected WebTestClient web;

	@Autowired
	protected SearchEngine engine;

	/** Tokens are not checked against the gateway's keys here; each test says who the bearer is. */
	@MockitoBean
	protected ReactiveJwtDecoder jwtDecoder;

	/** A bearer token the decoder accepts for a user with these roles. */
	protected String tokenWithRoles(String... roles) {
		String token = "token-" + String.join("-", roles);
		when(jwtDecoder.decode(token)).thenReturn(Mono.just(Jwt.withTokenValue(token)
				.header("alg", "RS256")
				.subject("tester")
				.claim("roles", List.of(roles))
				.build()));
		return token;
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("sunshine.data-dir", DATA_DIR::toString);
		registry.add("sunshine.search.feed.base-url", DISCLOSURE::baseUrl);
	}

	@BeforeEach
	protected void awaitEngine() {
		await("search engine ready").atMost(Duration.ofMinutes(3)).until(engine::isReady);
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("search-service-it");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
