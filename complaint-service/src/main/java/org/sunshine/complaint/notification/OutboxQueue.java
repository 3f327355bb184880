package org.sunshine.complaint.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The documents this replica knows to hold outbox entries, and when each is next due: a writer reports
 * its document once the write that queued an SMS is stored, the relay reports an entry it will retry.
 * Between its full passes the relay reads just these documents, by id. The due-entry query of a full
 * pass cannot use an index on the embedded store (it only looks up unique keys), so polling it every
 * second scanned every complaint ever filed: ~0.7 of a core with 35,000 stored and no SMS waiting.
 *
 * <p>Only a hint: what this replica never heard of (another replica's entries, entries written before
 * a restart) is found by the next full pass.
 */
public final class OutboxQueue {

	private final ConcurrentMap<Queued, Instant> due = new ConcurrentHashMap<>();

	/** {@code documentId} of collection {@code source} holds a new entry, due at once. */
	public void queued(String source, Object documentId) {
		add(source, documentId, Instant.MIN);
	}

	/** {@code documentId} of collection {@code source} holds an entry due at {@code dueAt}. */
	void add(String source, Object documentId, Instant dueAt) {
		this.due.merge(new Queued(source, documentId), dueAt, (a, b) -> a.isBefore(b) ? a : b);
	}

	/** Removes and returns up to {@code limit} documents due by {@code now}, by source. */
	Map<String, List<Object>> takeDue(Instant now, int limit) {
		Map<String, List<Object>> taken = new LinkedHashMap<>();
		int count = 0;
		for (Iterator<Map.Entry<Queued, Instant>> it = this.due.entrySet().iterator(); it.hasNext() && count < limit;) {
			Map.Entry<Queued, Instant> entry = it.next();
			if (!entry.getValue().isAfter(now) && this.due.remove(entry.getKey(), entry.getValue())) {
				taken.computeIfAbsent(entry.getKey().source(), (source) -> new ArrayList<>()).add(entry.getKey().documentId());
				count++;
			}
		}
		return taken;
	}

	private record Queued(String source, Object documentId) {
	}

}
