package org.sunshine.disclosure.review;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on the embedded server the service uses when no MONGODB_URI is set. */
class EmbeddedMongoWorkflowStoreIT extends WorkflowStoreContract {

	private static MongoServer server;

	private static String uri;

	@BeforeAll
	static void start() {
		server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = server.bind();
		uri = "mongodb://127.0.0.1:" + address.getPort();
	}

	@AfterAll
	static void stop() {
		server.shutdownNow();
	}

	@Override
	String connectionString() {
		return uri;
	}

}
