package org.sunshine.gateway.auth;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sign-in session: every refresh token rotated from one sign-in belongs to it. Revoking it is one
 * write and ends all of them; it ends on its own at {@code expiresAt}, however often it is refreshed.
 *
 * @param revokedAt when it was revoked (sign-out, reuse of a used token, password change, account
 * disabled); null while live
 * @param revokedBecause why, for the log and an investigation
 */
@Document("refresh_token_families")
record RefreshFamily(@Id String id, String username, Instant createdAt, Instant expiresAt, Instant revokedAt,
		String revokedBecause) {

	boolean isLive(Instant now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

}
