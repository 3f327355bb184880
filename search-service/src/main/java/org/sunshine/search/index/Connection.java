package org.sunshine.search.index;

import java.util.Map;

import org.elasticsearch.node.EmbeddedSearchNode;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

/** A working link to the engine: the client, the embedded node if any, and where each alias points. */
record Connection(ElasticsearchAsyncClient client, Rest5Client restClient, EmbeddedSearchNode node,
		Map<DocumentType, IndexTarget> targets) {

	Connection withTargets(Map<DocumentType, IndexTarget> newTargets) {
		return new Connection(client, restClient, node, newTargets);
	}
}
