package org.sunshine.gateway.edge;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

	@Test
	void shouldCountTheConnectingAddressWhenForwardedHeadersAreNotTrusted() {
		var request = MockServerHttpRequest.post("/api/complaints")
			.remoteAddress(new InetSocketAddress("192.0.2.7", 50123))
			.header("X-Forwarded-For", "198.51.100.1")
			.build();

		assertThat(EdgeRateLimitFilter.clientAddress(MockServerWebExchange.from(request))).isEqualTo("192.0.2.7");
	}

	@Test
	void shouldCountEachForwardedClientApartBehindATrustedProxy() {
		assertThat(EdgeRateLimitFilter.clientAddress(behindProxy("198.51.100.1"))).isEqualTo("198.51.100.1");
		assertThat(EdgeRateLimitFilter.clientAddress(behindProxy("198.51.100.2"))).isEqualTo("198.51.100.2");
	}

	/** The request as server.forward-headers-strategy=framework hands it to the filters. */
	private static ServerWebExchange behindProxy(String client) {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/complaints")
			.remoteAddress(new InetSocketAddress("10.0.0.1", 40000))
			.header("X-Forwarded-For", client));
		return exchange.mutate().request(new ForwardedHeaderTransformer().apply(exchange.getRequest())).build();
	}

}
