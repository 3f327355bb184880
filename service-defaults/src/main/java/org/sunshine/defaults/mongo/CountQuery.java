package org.sunshine.defaults.mongo;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * An aggregation that only counts the documents a filter matches, as the driver's
 * {@code countDocuments} sends it: {@code [{$match: filter}, {$skip: n}?, {$limit: n}?,
 * {$group: {_id: 1, n: {$sum: 1}}}]}. mongo-java-server runs every aggregation on all the collection's
 * documents decoded whole; this one the store answers by reading only the fields the filter reads.
 *
 * @param group the {@code _id} the one result carries
 * @param field the result's field holding the count
 */
record CountQuery(String collection, Document filter, long skip, long limit, Object group, String field) {

	/** Options that change what a count means or how it runs: such an aggregation goes the usual way. */
	private static final Set<String> OTHER_MEANING = Set.of("explain", "collation", "hint", "let", "$readOnce");

	/** Null unless the command is such a count on a named collection. */
	static CountQuery of(Document command) {
		if (!(command.get("aggregate") instanceof String collection) || !(command.get("pipeline") instanceof List<?> stages)
				|| stages.size() < 2 || OTHER_MEANING.stream().anyMatch(command::containsKey)) {
			return null;
		}
		if (!(stage(stages.getFirst(), "$match") instanceof Document filter)) {
			return null;
		}
		long skip = 0;
		long limit = 0;
		int next = 1;
		if (stage(stages.get(next), "$skip") instanceof Number number && next < stages.size() - 1) {
			skip = number.longValue();
			next++;
		}
		if (stage(stages.get(next), "$limit") instanceof Number number && next < stages.size() - 1) {
			limit = number.longValue();
			next++;
		}
		if (next != stages.size() - 1 || skip < 0 || limit < 0
				|| !(stage(stages.getLast(), "$group") instanceof Document group) || group.size() != 2
				|| !group.containsKey("_id") || !isConstant(group.get("_id"))) {
			return null;
		}
		String field = group.keySet().stream().filter((key) -> !key.equals("_id")).findFirst().orElseThrow();
		if (!(group.get(field) instanceof Document sum) || sum.size() != 1
				|| !(sum.get("$sum") instanceof Number one) || one.doubleValue() != 1 || field.startsWith("$")
				|| field.contains(".")) {
			return null;
		}
		return new CountQuery(collection, filter, skip, limit, group.get("_id"), field);
	}

	/** What the aggregation answers for this many matches: one document, or none when nothing matched. */
	List<Document> result(long matches) {
		long counted = Math.max(0, matches - this.skip);
		if (this.limit > 0) {
			counted = Math.min(counted, this.limit);
		}
		if (counted == 0) {
			return List.of();
		}
		// $sum of int 1s is an int while it fits, as in MongoDB.
		Object count = (counted <= Integer.MAX_VALUE) ? (Object) (int) counted : (Object) counted;
		return List.of(new Document("_id", this.group).append(this.field, count));
	}

	private static Object stage(Object stage, String name) {
		return (stage instanceof Document document && document.size() == 1) ? document.get(name) : null;
	}

	/** A group key that names no field or expression: every matching document falls into one group. */
	private static boolean isConstant(Object value) {
		return value == null || value instanceof Number || value instanceof Boolean
				|| (value instanceof String text && !text.startsWith("$"));
	}

}
