package org.sunshine.search.index;

import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates the indices this service owns when they are absent. Several replicas of the service may start at once
 * against one cluster, so creation tolerates "already exists", alias moves are atomic, and nothing is deleted.
 */
@Component
class IndexManager {

	private static final Logger log = LoggerFactory.getLogger(IndexManager.class);

	private final EngineProperties.Index settings;

	IndexManager(EngineProperties properties) {
		this.settings = properties.index();
	}

	/** Ensures every index and alias exists and is allocated; answers where each alias points. */
	Mono<Map<DocumentType, IndexTarget>> ensure(ElasticsearchAsyncClient client) {
		return createIfAbsent(client, IndexDefinitions.CHECKPOINTS, null, IndexDefinitions.checkpointMapping(),
				checkpointSettings())
				.thenMany(Flux.fromArray(DocumentType.values()).concatMap(type -> ensure(client, type)))
				.collectMap(Map.Entry::getKey, Map.Entry::getValue, () -> new EnumMap<>(DocumentType.class))
				.flatMap(targets -> waitUntilAllocated(client).thenReturn(Map.copyOf(targets)));
	}

	private Mono<Map.Entry<DocumentType, IndexTarget>> ensure(ElasticsearchAsyncClient client, DocumentType type) {
		String current = IndexDefinitions.indexName(type, IndexDefinitions.VERSION);
		return Futures.mono(() -> client.indices().existsAlias(a -> a.name(type.alias())))
				.flatMap(exists -> exists.value() ? Mono.empty()
						: createIfAbsent(client, current, type.alias(), IndexDefinitions.documentMapping(),
								documentSettings()))
				.then(resolve(client, type))
				.doOnNext(target -> {
					if (target.isOutdated()) {
						log.warn("Alias [{}] points at [{}], built with an older mapping than [{}]; it is rebuilt "
								+ "from the change feed", type.alias(), target.name(), current);
					}
				})
				.map(target -> Map.entry(type, target));
	}

	private Mono<Void> createIfAbsent(ElasticsearchAsyncClient client, String index, String alias,
			TypeMapping mapping, IndexSettings indexSettings) {
		return Futures.mono(() -> client.indices().create(c -> {
			c.index(index).mappings(mapping).settings(indexSettings);
			if (alias != null) {
				c.aliases(alias, a -> a.isWriteIndex(true));
			}
			return c;
		}))
				.doOnNext(created -> log.info("Created index [{}]{}", index, alias == null ? "" : " behind [" + alias + "]"))
				.then()
				.onErrorResume(e -> Futures.isError(e, "resource_already_exists_exception"), e -> Mono.empty());
	}

	private IndexSettings documentSettings() {
		return IndexDefinitions.documentSettings(settings);
	}

	private IndexSettings checkpointSettings() {
		return IndexSettings.of(s -> s.numberOfShards("1").numberOfReplicas(Integer.toString(settings.replicas())));
	}

	/** Where the alias points now. */
	Mono<IndexTarget> resolve(ElasticsearchAsyncClient client, DocumentType type) {
		return targetOf(client, type.alias());
	}

	/** Creates a document index without alias (create-if-absent) and answers it. */
	Mono<IndexTarget> createUnaliased(ElasticsearchAsyncClient client, String name) {
		return createIfAbsent(client, name, null, IndexDefinitions.documentMapping(), documentSettings())
				.then(targetOf(client, name));
	}

	/**
	 * Points the alias at {@code to} and away from {@code from} in one atomic step, so every search sees one index
	 * or the other, never none.
	 */
	Mono<Void> swap(ElasticsearchAsyncClient client, DocumentType type, IndexTarget from, IndexTarget to) {
		return Futures.mono(() -> client.indices().updateAliases(u -> {
			if (from != null && !from.name().equals(to.name())) {
				u.actions(a -> a.remove(r -> r.index(from.name()).alias(type.alias()).mustExist(false)));
			}
			return u.actions(a -> a.add(add -> add.index(to.name()).alias(type.alias()).isWriteIndex(true)));
		})).doOnNext(done -> log.info("Alias [{}] now points at [{}] (was [{}])", type.alias(), to.name(),
				from == null ? "-" : from.name())).then();
	}

	private static Mono<IndexTarget> targetOf(ElasticsearchAsyncClient client, String indexOrAlias) {
		return Futures.mono(() -> client.indices().getSettings(g -> g.index(indexOrAlias).name("index.uuid")))
				.map(response -> {
					if (response.settings().size() != 1) {
						throw new IllegalStateException(
								"[" + indexOrAlias + "] must be one index: " + response.settings().keySet());
					}
					Map.Entry<String, IndexState> entry = response.settings().entrySet().iterator().next();
					var indexSettings = entry.getValue().settings();
					String uuid = indexSettings.index() != null && indexSettings.index().uuid() != null
							? indexSettings.index().uuid() : indexSettings.uuid();
					return new IndexTarget(entry.getKey(), uuid);
				});
	}

	private static Mono<Void> waitUntilAllocated(ElasticsearchAsyncClient client) {
		return Futures.mono(() -> client.cluster().health(h -> h
				.index(IndexDefinitions.CHECKPOINTS, DocumentType.POLICY.alias(), DocumentType.POWER.alias())
				.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s"))))
				.flatMap(health -> health.timedOut()
						? Mono.error(new IllegalStateException("Search indices not allocated: " + health.status()))
						: Mono.<Void>empty());
	}
}
