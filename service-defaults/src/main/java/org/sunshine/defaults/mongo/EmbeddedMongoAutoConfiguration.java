package org.sunshine.defaults.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import com.mongodb.reactivestreams.client.MongoClient;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * With no {@code MONGODB_URI}, a service stores its data in an in-process MongoDB wire-protocol
 * server backed by an H2 file under {@code $DATA_DIR/<service>/}, reached through the real reactive
 * driver over loopback. Nothing else changes: set {@code MONGODB_URI} and the same code talks to a
 * replica set. The embedded server has no transactions, which the services do not use anyway
 * (one document, one atomic write).
 */
@AutoConfiguration(before = MongoReactiveAutoConfiguration.class)
@ConditionalOnClass({ MongoServer.class, H2Backend.class, MongoClient.class })
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
public class EmbeddedMongoAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoAutoConfiguration.class);

	/** The driver's pool for the embedded server (its default is 100). */
	static final int CONNECTIONS = 48;

	private static final int SERVER_THREADS = 64;

	@Bean(destroyMethod = "shutdownNow")
	MongoServer embeddedMongoServer(Environment environment) {
		String service = environment.getProperty("spring.application.name", "application");
		boolean inMemory = environment.getProperty("sunshine.mongo.embedded.in-memory", Boolean.class, false);
		MongoBackend backend;
		if (inMemory) {
			backend = EmbeddedStoreBackend.inMemoryStore();
		}
		else {
			Path file = Path.of(environment.getProperty("sunshine.data-dir", "data"), service, "mongo.mv")
				.toAbsolutePath();
			createParent(file);
			backend = EmbeddedStoreBackend.fileStore(file);
			log.info("Embedded MongoDB stores {} in {}", service, file);
		}
		return serve(backend, environment.getProperty("sunshine.mongo.embedded.port", Integer.class, 0));
	}

	/**
	 * The server answers a connection's commands on the one event-loop thread the connection was given,
	 * so every connection sharing a thread with one that runs a scan waits for the scan: with Netty's
	 * default of two threads a core, a quarter of the driver's connections stalled for each warning scan.
	 * With more threads than the driver ever opens connections ({@link #CONNECTIONS} plus its monitoring
	 * ones), a long command holds up only its own connection. An idle thread costs a selector, no CPU.
	 */
	static MongoServer serve(MongoBackend backend, int port) {
		MongoServer server = new MongoServer(backend);
		server.bind(new InetSocketAddress("127.0.0.1", port), 1, SERVER_THREADS);
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, Environment environment) {
		InetSocketAddress address = server.getLocalAddress();
		String database = environment.getProperty("spring.application.name", "application");
		ConnectionString connection = new ConnectionString("mongodb://" + address.getHostString() + ":"
				+ address.getPort() + "/" + database + "?maxPoolSize=" + CONNECTIONS);
		return () -> connection;
	}

	/**
	 * Boot's Mongo health check sends {@code hello}, which the embedded server does not know; this
	 * one sends {@code ping} through the same driver. Registered under Boot's bean name, so it
	 * replaces Boot's check only when the embedded server is in use.
	 */
	@Bean
	ReactiveHealthIndicator mongoHealthIndicator(MongoClient client) {
		return () -> Mono.from(client.getDatabase("admin").runCommand(new org.bson.Document("ping", 1)))
			.map((answer) -> Health.up().withDetail("server", "embedded").build())
			.onErrorResume((error) -> Mono.just(Health.down(error).build()));
	}

	private static void createParent(Path file) {
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + file.getParent(), ex);
		}
	}

}
