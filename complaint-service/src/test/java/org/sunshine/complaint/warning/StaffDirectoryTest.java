package org.sunshine.complaint.warning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sunshine.complaint.warning.Recipient.Role;

import static org.assertj.core.api.Assertions.assertThat;

class StaffDirectoryTest {

	private final StaffDirectory directory = new StaffDirectory(Map.of("ZSK", "unit-head"),
			List.of("supervisor", "supervisor-2"), Map.of("handler", "13800000001", "unit-head", "13800000002"));

	@Test
	void shouldReachOnlyTheHandlerWhenBlue() {
		assertThat(this.directory.recipients(WarningLevel.BLUE, "handler", "ZSK"))
			.containsExactly(new Recipient("handler", Role.HANDLER));
	}

	@Test
	void shouldAddTheUnitHeadWhenYellow() {
		assertThat(this.directory.recipients(WarningLevel.YELLOW, "handler", "ZSK"))
			.containsExactly(new Recipient("handler", Role.HANDLER), new Recipient("unit-head", Role.UNIT_HEAD));
	}

	@Test
	void shouldAddTheSupervisionCenterWhenRed() {
		assertThat(this.directory.recipients(WarningLevel.RED, "handler", "ZSK")).containsExactly(
				new Recipient("handler", Role.HANDLER), new Recipient("unit-head", Role.UNIT_HEAD),
				new Recipient("supervisor", Role.SUPERVISION_CENTER),
				new Recipient("supervisor-2", Role.SUPERVISION_CENTER));
	}

	@Test
	void shouldReachTheSupervisionCenterWhenAcceptanceIsOverdue() {
		assertThat(this.directory.recipients(WarningLevel.ACCEPTANCE, null, null)).containsExactly(
				new Recipient("supervisor", Role.SUPERVISION_CENTER),
				new Recipient("supervisor-2", Role.SUPERVISION_CENTER));
	}

	@Test
	void shouldFallBackToTheSupervisionCenterWhenNobodyIsAssignedYet() {
		assertThat(this.directory.recipients(WarningLevel.BLUE, null, null)).extracting(Recipient::role)
			.containsOnly(Role.SUPERVISION_CENTER)
			.hasSize(2);
	}

	@Test
	void shouldSkipTheUnitHeadWhenTheDepartmentHasNoneInTheDirectory() {
		assertThat(this.directory.recipients(WarningLevel.YELLOW, "handler", "FZK"))
			.containsExactly(new Recipient("handler", Role.HANDLER));
	}

	@Test
	void shouldListTheUnitHeadOnceWhenTheHeadHandlesTheComplaintThemself() {
		assertThat(this.directory.recipients(WarningLevel.YELLOW, "unit-head", "ZSK"))
			.containsExactly(new Recipient("unit-head", Role.HANDLER));
	}

	@Test
	void shouldKnowPhonesOnlyFromTheDirectory() {
		assertThat(this.directory.phone("handler")).contains("13800000001");
		assertThat(this.directory.phone("supervisor")).isEmpty();
	}

}
