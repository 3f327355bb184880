package org.sunshine.sms;

import java.util.UUID;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The embedded MongoDB the service runs on by default (in memory here), without a Spring context: for
 * repository tests that need a real store but not the whole service. Each test class gets its own.
 */
public final class EmbeddedStore implements AutoCloseable {

	private final MongoServer server;

	private final MongoClient client;

	private final ReactiveMongoTemplate mongo;

	public EmbeddedStore() {
		this.server = new MongoServer(H2Backend.inMemory());
		this.server.bind("127.0.0.1", 0);
		this.client = MongoClients.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());
		this.mongo = new ReactiveMongoTemplate(this.client, "test-" + UUID.randomUUID());
	}

	public ReactiveMongoTemplate mongo() {
		return this.mongo;
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
	}

}
