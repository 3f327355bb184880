package org.sunshine.search.index;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

/** Builds the engine client for the embedded node or for the configured cluster. */
final class ClientFactory {

	private ClientFactory() {
	}

	static Rest5Client restClient(List<URI> uris, EngineProperties.Elasticsearch cluster) {
		List<Header> headers = new ArrayList<>();
		if (hasText(cluster.apiKey())) {
			headers.add(new BasicHeader("Authorization", "ApiKey " + cluster.apiKey()));
		}
		else if (hasText(cluster.username())) {
			String credentials = cluster.username() + ":" + (cluster.password() == null ? "" : cluster.password());
			headers.add(new BasicHeader("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
		}
		Timeout timeout = Timeout.of(cluster.timeout());
		return Rest5Client.builder(uris)
				.setDefaultHeaders(headers.toArray(Header[]::new))
				.setRequestConfigCallback(config -> config.setResponseTimeout(timeout).setConnectionRequestTimeout(timeout))
				.setConnectionConfigCallback(config -> config.setConnectTimeout(timeout))
				.build();
	}

	static ElasticsearchAsyncClient asyncClient(Rest5Client restClient) {
		return new ElasticsearchAsyncClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper()));
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}
}
