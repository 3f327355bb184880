package org.sunshine.search.index;

import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import reactor.core.publisher.Mono;

/**
 * Writes documents with the publisher's version as an external version, so replays and out-of-order deliveries are
 * harmless: the engine keeps the highest version and answers a conflict for anything older, which is not an error
 * here. Equal versions are accepted ({@code external_gte}) because a repeal may be published under the version it
 * repeals and the feed delivers in order.
 */
@Component
public class DocumentIndexer {

	private static final Logger log = LoggerFactory.getLogger(DocumentIndexer.class);

	private final SearchEngine engine;

	DocumentIndexer(SearchEngine engine) {
		this.engine = engine;
	}

	/** What one batch did. */
	public record Outcome(int written, int stale) {
	}

	/** Upserts the documents through their type's alias. */
	public Mono<Outcome> index(List<SearchDocument> documents) {
		return write(documents, document -> document.documentType().alias());
	}

	/**
	 * Upserts the documents into one physical index, whichever the alias points at; fails (so the caller retries
	 * the batch) if any write failed for another reason than being stale.
	 */
	public Mono<Outcome> index(IndexTarget target, List<SearchDocument> documents) {
		return write(documents, document -> target.name());
	}

	private Mono<Outcome> write(List<SearchDocument> documents, Function<SearchDocument, String> indexOf) {
		if (documents.isEmpty()) {
			return Mono.just(new Outcome(0, 0));
		}
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		for (SearchDocument document : documents) {
			bulk.operations(op -> op.index(i -> i.index(indexOf.apply(document))
					.id(document.id())
					.version(document.version())
					.versionType(VersionType.ExternalGte)
					.document(document)));
		}
		BulkRequest request = bulk.build();
		return engine.client().flatMap(client -> Futures.mono(() -> client.bulk(request))).map(response -> {
			int written = 0;
			int stale = 0;
			for (BulkResponseItem item : response.items()) {
				if (item.error() == null) {
					written++;
				}
				else if ("version_conflict_engine_exception".equals(item.error().type())) {
					stale++;
				}
				else {
					throw new IndexingFailedException(item.id() + ": " + item.error().type() + " "
							+ item.error().reason());
				}
			}
			if (stale > 0) {
				log.debug("{} of {} documents were older than the indexed ones", stale, documents.size());
			}
			return new Outcome(written, stale);
		});
	}

	/** Makes everything written so far searchable now instead of within the refresh interval. */
	public Mono<Void> refresh() {
		return engine.client()
				.flatMap(client -> Futures.mono(() -> client.indices()
						.refresh(r -> r.index(DocumentType.POLICY.alias(), DocumentType.POWER.alias()))))
				.then();
	}

	/** A document was rejected for a reason other than being stale. */
	public static class IndexingFailedException extends RuntimeException {

		IndexingFailedException(String message) {
			super(message);
		}
	}
}
