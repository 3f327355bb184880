package org.sunshine.complaint.stats;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/**
 * What statistics need of a complaint, read from the stored document with a projection of its own:
 * no personal data is ever read.
 *
 * @param department the handling department: assigned, else the one complained about, else UNASSIGNED
 * @param firstReplyAt when it was first replied to, or null
 * @param firstReplyOnTime whether that reply met the deadline in force then
 * @param lastGrade the latest satisfaction rating, or null
 */
record ComplaintFacts(Instant receivedAt, String status, String department, boolean accepted, Instant dueAt,
		boolean suspended, Instant firstReplyAt, boolean firstReplyOnTime, String lastGrade) {

	static final String UNASSIGNED = "UNASSIGNED";

	static final List<String> FIELDS = List.of("receivedAt", "status", "assignedDepartment", "department",
			"acceptedAt", "dueAt", "suspendedAt", "replies.at", "replies.onTime", "ratings.grade");

	static ComplaintFacts of(Document stored) {
		String department = stored.getString("assignedDepartment");
		if (department == null || department.isBlank()) {
			department = stored.getString("department");
		}
		if (department == null || department.isBlank()) {
			department = UNASSIGNED;
		}
		List<Document> replies = stored.getList("replies", Document.class, List.of());
		List<Document> ratings = stored.getList("ratings", Document.class, List.of());
		Document first = replies.isEmpty() ? null : replies.get(0);
		return new ComplaintFacts(instant(stored, "receivedAt"), stored.getString("status"), department,
				stored.get("acceptedAt") != null, instant(stored, "dueAt"), stored.get("suspendedAt") != null,
				(first != null) ? instant(first, "at") : null,
				first != null && Boolean.TRUE.equals(first.getBoolean("onTime")),
				ratings.isEmpty() ? null : ratings.get(ratings.size() - 1).getString("grade"));
	}

	private static Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

	boolean isOpen() {
		return "RECEIVED".equals(this.status) || "ACCEPTED".equals(this.status) || "ASSIGNED".equals(this.status);
	}

}
