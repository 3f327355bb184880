package org.sunshine.gateway.auth;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A staff member who may sign in. Only a hash of the password is stored. */
@Document("staff_accounts")
record StaffAccount(@Id String username, String passwordHash, List<Role> roles, String department,
		String displayName, boolean enabled, Instant createdAt) {
}
