package org.sunshine.gateway;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of the gateway's ITs: real HTTP, the embedded account store in
 * memory, no registry. Discovery knows one instance only, search-service, played by
 * {@link FlakyBackend} so that routing, retries and breakers run as configured; every other
 * service has no instance (its routes answer the 503 fallback). One extra CORS origin is allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sunshine.mongo.embedded.in-memory=true", "sunshine.data-dir=target/it-data",
				"eureka.client.enabled=false", "spring.cloud.discovery.enabled=true",
				"sunshine.edge.cors.allowed-origins=" + GatewayITSupport.ALLOWED_ORIGIN })
@AutoConfigureWebTestClient
public abstract class GatewayITSupport {

	public static final String ALLOWED_ORIGIN = "https://portal.example.gov.cn";

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.search-service[0].uri", FlakyBackend::uri);
	}

}
