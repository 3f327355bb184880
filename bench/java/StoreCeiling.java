import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The most one kind of store command can do per second on this machine: the services' embedded store
 * (the in-process wire server on an H2 file) through the same reactive driver, nothing else in the
 * process (no Spring, no HTTP), {@code inFlight} commands at a time. Run by bench/store-ceiling.sh.
 * Usage: StoreCeiling KIND SECONDS ROUNDS IN_FLIGHT [DOCUMENTS [STORE]], KIND one of ping, find, update,
 * guarded (an update by _id that also names a condition on another field, as a version check does), insert;
 * STORE {@code embedded} (the services' backend, the default) or {@code stock} (mongo-java-server's H2 backend).
 */
public class StoreCeiling {

	public static void main(String[] args) throws Exception {
		String kind = args[0];
		Duration round = Duration.ofSeconds(Long.parseLong(args[1]));
		int rounds = Integer.parseInt(args[2]);
		int inFlight = Integer.parseInt(args[3]);
		int documents = (args.length > 4) ? Integer.parseInt(args[4]) : 1000;
		String store = (args.length > 5) ? args[5] : "embedded";
		Path dir = Files.createTempDirectory("store-ceiling");
		MongoServer server = new MongoServer(backend(store, dir.resolve("mongo.mv")));
		server.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
			MongoCollection<Document> messages = client.getDatabase("bench").getCollection("messages");
			AtomicLong next = new AtomicLong();
			// A message-sized document: a few hundred bytes, like an SMS log entry.
			Supplier<Document> document = () -> new Document("_id", "m" + next.incrementAndGet())
				.append("text", "x".repeat(300))
				.append("attempts", 0);
			Flux.range(0, documents).concatMap((i) -> Mono.from(messages.insertOne(document.get()))).blockLast();
			Supplier<Mono<?>> command = switch (kind) {
				case "ping" -> () -> Mono.from(client.getDatabase("admin").runCommand(new Document("ping", 1)));
				case "find" -> () -> Mono.from(messages.find(new Document("_id", "m" + (1 + next.incrementAndGet() % documents))).first());
				case "update" -> () -> Mono.from(messages.updateOne(new Document("_id", "m" + (1 + next.incrementAndGet() % documents)),
						new Document("$inc", new Document("attempts", 1))));
				case "guarded" -> () -> Mono.from(messages.updateOne(new Document("_id", "m" + (1 + next.incrementAndGet() % documents))
					.append("attempts", new Document("$gte", 0)), new Document("$inc", new Document("attempts", 1))));
				case "insert" -> () -> Mono.from(messages.insertOne(document.get()));
				default -> throw new IllegalArgumentException("unknown kind " + kind);
			};
			for (int r = 1; r <= rounds; r++) {
				AtomicLong done = new AtomicLong();
				long start = System.nanoTime();
				Flux.range(0, Integer.MAX_VALUE)
					.flatMap((i) -> command.get(), inFlight)
					.take(round)
					.doOnNext((result) -> done.incrementAndGet())
					.blockLast();
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("ROUND %s %d %.0f%n", kind, r, done.get() / seconds);
			}
		}
		finally {
			server.shutdownNow();
		}
	}

	/** The services' backend is package-private to service-defaults; a bench may reach in. */
	private static MongoBackend backend(String store, Path file) throws ReflectiveOperationException {
		if (store.equals("stock")) {
			return new H2Backend(file.toString());
		}
		Method fileStore = Class.forName("org.sunshine.defaults.mongo.EmbeddedStoreBackend")
			.getDeclaredMethod("fileStore", Path.class);
		fileStore.setAccessible(true);
		return (MongoBackend) fileStore.invoke(null, file);
	}

}
