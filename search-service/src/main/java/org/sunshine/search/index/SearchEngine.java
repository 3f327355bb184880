package org.sunshine.search.index;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.elasticsearch.node.EmbeddedSearchNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * The search engine as the rest of the service sees it. It starts in the background so the service boots fast: the
 * embedded node (or the link to the cluster) and the indices come up on a worker thread while the rest of the
 * application context is still being built, and readiness turns UP only when both are there. Until then searches
 * are answered with 503. It closes when the context is destroyed, after the web server and the feed consumer have
 * stopped.
 */
@Component
public class SearchEngine implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchEngine.class);

	private final EngineProperties properties;

	private final IndexManager indexManager;

	private final Sinks.One<Connection> ready = Sinks.one();

	private volatile Connection connection;

	private volatile EmbeddedSearchNode startingNode;

	private volatile String problem = "starting";

	private volatile Disposable startup;

	private volatile boolean running;

	SearchEngine(EngineProperties properties, IndexManager indexManager) {
		this.properties = properties;
		this.indexManager = indexManager;
	}

	/** The client, or a {@link SearchEngineUnavailableException} while the engine is not ready. */
	public Mono<ElasticsearchAsyncClient> client() {
		Connection current = connection;
		return current != null ? Mono.just(current.client())
				: Mono.error(new SearchEngineUnavailableException(problem));
	}

	/** Completes with the client once the engine is ready; never errors. */
	public Mono<ElasticsearchAsyncClient> whenReady() {
		return ready.asMono().map(Connection::client);
	}

	public boolean isReady() {
		return connection != null;
	}

	/** Why the engine is not ready, or {@code null} when it is. */
	public String problem() {
		return connection != null ? null : problem;
	}

	public String mode() {
		return properties.useEmbeddedNode() ? "embedded" : "cluster";
	}

	@Override
	public void afterPropertiesSet() {
		running = true;
		startup = Mono.fromCallable(this::connect)
				.subscribeOn(Schedulers.boundedElastic())
				.flatMap(this::ensureIndices)
				.subscribe(this::becomeReady, error -> {
					problem = "failed: " + error.getMessage();
					log.error("Search engine did not start", error);
				});
	}

	private Connection connect() throws Exception {
		long started = System.nanoTime();
		if (properties.useEmbeddedNode()) {
			log.info("Starting the embedded search node under {}", properties.embedded().path().toAbsolutePath());
			EmbeddedSearchNode node = EmbeddedNodes.start(properties.embedded());
			startingNode = node;
			if (!running) {
				// The context closed while the node was starting: nobody else will close it.
				closeQuietly(new Connection(null, null, node, Map.of()));
				throw new IllegalStateException("stopped while starting");
			}
			URI uri = URI.create("http://127.0.0.1:" + node.httpPort());
			log.info("Embedded search node serves {} (started in {} ms)", uri,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
			Rest5Client rest = ClientFactory.restClient(List.of(uri), properties.elasticsearch());
			return new Connection(ClientFactory.asyncClient(rest), rest, node, Map.of());
		}
		List<URI> uris = properties.elasticsearch().uriList().stream().map(URI::create).toList();
		log.info("Using the search cluster at {}", uris);
		Rest5Client rest = ClientFactory.restClient(uris, properties.elasticsearch());
		return new Connection(ClientFactory.asyncClient(rest), rest, null, Map.of());
	}

	/** A cluster may be down at boot: keep trying, readiness stays DOWN meanwhile. */
	private Mono<Connection> ensureIndices(Connection fresh) {
		return Mono.defer(() -> indexManager.ensure(fresh.client()))
				.doOnError(e -> {
					problem = "indices not ready: " + e.getMessage();
					log.warn("Search indices not ready, retrying: {}", e.toString());
				})
				.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(30)))
				.map(fresh::withTargets)
				.doOnCancel(() -> closeQuietly(fresh));
	}

	private void becomeReady(Connection ready) {
		if (!running) {
			closeQuietly(ready);
			return;
		}
		connection = ready;
		this.ready.tryEmitValue(ready);
		log.info("Search engine ready ({}): {}", mode(), ready.targets());
	}

	@Override
	public void destroy() {
		running = false;
		Disposable current = startup;
		if (current != null) {
			current.dispose();
		}
		Connection open = connection;
		connection = null;
		problem = "stopped";
		if (open != null) {
			closeQuietly(open);
		}
		else if (startingNode != null) {
			closeQuietly(new Connection(null, null, startingNode, Map.of()));
		}
	}

	private static void closeQuietly(Connection open) {
		try {
			if (open.restClient() != null) {
				open.restClient().close();
			}
			if (open.node() != null) {
				log.info("Stopping the embedded search node");
				open.node().close();
				if (!open.node().awaitClose(30, java.util.concurrent.TimeUnit.SECONDS)) {
					log.warn("Embedded search node did not stop within 30 s");
				}
			}
		}
		catch (Exception e) {
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			log.warn("Closing the search engine link failed: {}", e.toString());
		}
	}
}
