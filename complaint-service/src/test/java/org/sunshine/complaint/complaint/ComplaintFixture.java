package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.sunshine.complaint.complaint.Complaint.SealedComplainant;
import org.sunshine.complaint.complaint.Complaint.TimelineEntry;
import org.sunshine.complaint.deadline.DeadlineRule;

/** Complaints and staff for workflow unit tests: received Friday 2024-02-09 10:00, due 2024-02-22. */
final class ComplaintFixture {

	static final Instant RECEIVED = OffsetDateTime.parse("2024-02-09T10:00:00+08:00").toInstant();

	static final Instant DUE = OffsetDateTime.parse("2024-02-22T23:59:59+08:00").toInstant();

	/** The department complained about. */
	static final String COMPLAINED_ABOUT = "DYFJ";

	static final Staff CLERK = new Staff("clerk", Set.of(Staff.CLERK), "NSFWK");

	static final Staff HANDLER = new Staff("handler", Set.of(Staff.HANDLER), "ZSK");

	static final Staff OTHER_HANDLER = new Staff("handler-2", Set.of(Staff.HANDLER), "ZSK");

	static final Staff UNIT_HEAD = new Staff("unit-head", Set.of(Staff.UNIT_HEAD), "ZSK");

	static final Staff SUPERVISOR = new Staff("supervisor", Set.of(Staff.SUPERVISOR), "JJZ");

	static final Staff COMPLAINED_HANDLER = new Staff("dyfj-handler", Set.of(Staff.HANDLER), COMPLAINED_ABOUT);

	private ComplaintFixture() {
	}

	static Complaint received(boolean realName) {
		return received(realName, "id-1", "T240209-ABCDEF", 0L);
	}

	/** A new complaint to insert: its own id and number, no version yet. */
	static Complaint received(boolean realName, String id, String trackingNumber, Long version) {
		SealedComplainant complainant = realName
				? new SealedComplainant("sealed-name", "sealed-phone", null, "138****5678") : null;
		return new Complaint(id, trackingNumber, ComplaintType.CONDUCT, "subject", "content", COMPLAINED_ABOUT,
				null, complainant, Channel.ONLINE, RECEIVED, DeadlineRule.workingDays(5), DUE,
				ComplaintStatus.RECEIVED, "hash", List.of(new TimelineEntry(RECEIVED, "FILED", "PUBLIC", null)), null,
				null, null, OffsetDateTime.parse("2024-02-18T23:59:59+08:00").toInstant(), null, null, List.of(),
				List.of(), List.of(), List.of(), 0, List.of(), null, List.of(), List.of(), 0, null, version);
	}

	static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}

}
