package org.sunshine.disclosure.review;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Public documents read again within a short time, answered from memory: the catalog is read far more
 * often than it changes, and it changes only by publication. This replica forgets a document as soon as it
 * writes it, and {@link RecentReadsFollower} makes it forget what other replicas wrote within about a second;
 * {@code ttl} bounds what a missed write could cost. Absent documents are not remembered, so a first
 * publication shows at once everywhere.
 */
public final class RecentReads<V> {

	private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();

	/** Moves on at every {@link #forget}: a read that started before a write does not store what it read. */
	private final AtomicLong writes = new AtomicLong();

	private final long ttlNanos;

	private final int maxEntries;

	/** More distinct documents than the catalog and policies hold together in a large bureau. */
	static final int MAX_ENTRIES = 10_000;

	public RecentReads(Duration ttl) {
		this(ttl, MAX_ENTRIES);
	}

	public RecentReads(Duration ttl, int maxEntries) {
		this.ttlNanos = ttl.toNanos();
		this.maxEntries = maxEntries;
	}

	public Mono<V> get(String key, Supplier<Mono<V>> load) {
		if (this.ttlNanos <= 0) {
			return load.get();
		}
		Entry<V> entry = this.entries.get(key);
		if (entry != null && System.nanoTime() - entry.expiresAt() < 0) {
			return Mono.just(entry.value());
		}
		return Mono.defer(() -> {
			long before = this.writes.get();
			return load.get().doOnNext((value) -> remember(key, value, before));
		});
	}

	/** After this replica has written the document (called whether or not the write went through). */
	public void forget(String key) {
		this.writes.incrementAndGet();
		this.entries.remove(key);
	}

	private void remember(String key, V value, long writesBefore) {
		if (this.writes.get() != writesBefore) {
			return;
		}
		if (this.entries.size() >= this.maxEntries) {
			// Rare (more distinct documents than the limit read within the ttl): start over.
			this.entries.clear();
		}
		this.entries.put(key, new Entry<>(value, System.nanoTime() + this.ttlNanos));
	}

	private record Entry<V>(V value, long expiresAt) {
	}

}
