package org.sunshine.defaults;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of service-defaults' ITs: a small application over real HTTP with the
 * embedded MongoDB in memory and tokens validated against {@link TestTokens}' published key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		classes = ServiceDefaultsIT.TestApplication.class,
		properties = { "sunshine.mongo.embedded.in-memory=true", "sunshine.security.public-paths=/api/public/**",
				"spring.application.name=defaults-test",
				"management.endpoint.health.group.readiness.include=readinessState,mongo",
				// Short, so that a retired key's rejection is seen within a test.
				"sunshine.security.jwks-max-age=1s", "sunshine.security.jwks-miss-cooldown=1s" })
@AutoConfigureWebTestClient
public abstract class ServiceDefaultsITSupport {

	@DynamicPropertySource
	static void tokens(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwksUri);
	}

}
