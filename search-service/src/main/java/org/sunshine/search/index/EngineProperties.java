package org.sunshine.search.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Where the search engine is: a cluster ({@code ELASTICSEARCH_URIS}) or, when none is given, a node started inside
 * this JVM.
 */
@Validated
@ConfigurationProperties("sunshine.search")
record EngineProperties(@Valid @DefaultValue Elasticsearch elasticsearch, @Valid @DefaultValue Embedded embedded,
		@Valid @DefaultValue Index index) {

	boolean useEmbeddedNode() {
		return elasticsearch.uriList().isEmpty();
	}

	/** A cluster to use instead of the embedded node; credentials come only from the environment. */
	record Elasticsearch(List<String> uris, String apiKey, String username, String password,
			@NotNull @DefaultValue("5s") Duration timeout) {

		List<String> uriList() {
			return uris == null ? List.of() : uris.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
		}
	}

	/** The in-JVM node; {@code httpPort} 0 picks a free port on 127.0.0.1. */
	record Embedded(@Min(0) @Max(65535) @DefaultValue("0") int httpPort,
			@NotNull @DefaultValue("data/search-service/es") Path path) {
	}

	/** Shape of the indices this service creates. */
	record Index(@Min(1) @DefaultValue("1") int shards, @Min(0) @DefaultValue("0") int replicas) {
	}
}
