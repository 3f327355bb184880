package org.sunshine.complaint.warning;

import java.util.Objects;

/**
 * Someone a warning goes to.
 *
 * @param username the staff user name (the {@code sub} of their token)
 * @param role why they receive it
 */
record Recipient(String username, Role role) {

	Recipient {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
	}

	enum Role {

		/** The handler (承办人) the complaint is assigned to. */
		HANDLER,

		/** The head (负责人) of the department the complaint is assigned to. */
		UNIT_HEAD,

		/** Integrity staff of the supervision center (纪检监察). */
		SUPERVISION_CENTER

	}

}
