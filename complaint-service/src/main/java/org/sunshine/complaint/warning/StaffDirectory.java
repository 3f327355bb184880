package org.sunshine.complaint.warning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sunshine.complaint.warning.Recipient.Role;

/**
 * Who receives a warning, and on which phone. Staff phones are not kept by complaint-service: this
 * directory is read from {@code complaint.warning.directory} (demo values match the gateway's demo
 * accounts); a real deployment fills it from its HR directory.
 *
 * <p>BLUE reaches the handler; YELLOW adds the head of the assigned department; RED adds the supervision
 * center; ACCEPTANCE (not accepted in time, so nobody is assigned yet) reaches the supervision center. A
 * warning nobody would receive (BLUE before anyone is assigned) goes to the supervision center instead,
 * so it is never raised to no one. The department complained about is never told: a complaint reaches a
 * unit head only once it is assigned to that unit.
 */
final class StaffDirectory {

	private final Map<String, String> unitHeads;

	private final List<String> supervisionCenter;

	private final Map<String, String> phones;

	StaffDirectory(Map<String, String> unitHeads, List<String> supervisionCenter, Map<String, String> phones) {
		this.unitHeads = Map.copyOf(unitHeads);
		this.supervisionCenter = List.copyOf(supervisionCenter);
		this.phones = Map.copyOf(phones);
	}

	static StaffDirectory of(WarningProperties.Directory directory) {
		return new StaffDirectory(directory.unitHeads(), directory.supervisionCenter(), directory.phones());
	}

	/** The recipients of a warning of {@code level} on a complaint assigned to {@code handler} in {@code department}. */
	List<Recipient> recipients(WarningLevel level, String handler, String department) {
		Set<Recipient> recipients = new LinkedHashSet<>();
		boolean handlerToo = level != WarningLevel.ACCEPTANCE;
		if (handlerToo && handler != null && !handler.isBlank()) {
			recipients.add(new Recipient(handler, Role.HANDLER));
		}
		if ((level == WarningLevel.YELLOW || level == WarningLevel.RED) && department != null) {
			String head = this.unitHeads.get(department);
			if (head != null && !head.equals(handler)) {
				recipients.add(new Recipient(head, Role.UNIT_HEAD));
			}
		}
		if (level == WarningLevel.RED || level == WarningLevel.ACCEPTANCE || recipients.isEmpty()) {
			this.supervisionCenter.forEach((staff) -> recipients.add(new Recipient(staff, Role.SUPERVISION_CENTER)));
		}
		return new ArrayList<>(recipients);
	}

	/** The staff member's work phone, if the directory knows it. */
	Optional<String> phone(String username) {
		return Optional.ofNullable(this.phones.get(username));
	}

}
