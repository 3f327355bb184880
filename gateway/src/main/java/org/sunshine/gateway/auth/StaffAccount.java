package org.sunshine.gateway.auth;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member who may sign in. Only a hash of the password is stored. The sign-in counters live
 * on the account itself so every gateway replica sees the same lock; they are boxed because
 * accounts stored before they existed have none (read as zero).
 *
 * @param failedSignIns consecutive failed sign-ins since the last success or lock
 * @param lockouts locks so far without a successful sign-in in between (each doubles the next one)
 * @param lockedUntil sign-in refused until then, even with the right password
 */
@Document("staff_accounts")
record StaffAccount(@Id String username, String passwordHash, List<Role> roles, String department,
		String displayName, boolean enabled, Instant createdAt, Integer failedSignIns, Integer lockouts,
		Instant lockedUntil) {

	static StaffAccount create(String username, String passwordHash, List<Role> roles, String department,
			String displayName, Instant createdAt) {
		return new StaffAccount(username, passwordHash, roles, department, displayName, true, createdAt, 0, 0, null);
	}

	SignInBackoff.State signInState() {
		return new SignInBackoff.State((this.failedSignIns != null) ? this.failedSignIns : 0,
				(this.lockouts != null) ? this.lockouts : 0, this.lockedUntil);
	}

}
