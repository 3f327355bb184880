package org.sunshine.disclosure.review;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same store contract on a real MongoDB, where Docker exists (skipped otherwise). The image can
 * be overridden with {@code -Dmongo.image=…}.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerWorkflowStoreIT extends WorkflowStoreContract {

	@Container
	static final MongoDBContainer MONGO = new MongoDBContainer(System.getProperty("mongo.image", "mongo:8.0"));

	@Override
	String connectionString() {
		return MONGO.getConnectionString();
	}

}
