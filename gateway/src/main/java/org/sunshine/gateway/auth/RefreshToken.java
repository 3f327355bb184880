package org.sunshine.gateway.auth;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One refresh token of a sign-in session, stored only as its SHA-256 hash (the token is 256 random
 * bits, so a plain hash cannot be reversed by guessing). It is good for one refresh: {@code usedAt}
 * is set when it is exchanged, and presenting it again revokes its whole family.
 *
 * @param hash SHA-256 of the token, hex
 * @param family the sign-in session it belongs to ({@link RefreshFamily})
 * @param usedAt when it was exchanged for a new one; null while unused
 */
@Document("refresh_tokens")
record RefreshToken(@Id String hash, String family, String username, Instant issuedAt, Instant expiresAt,
		Instant usedAt) {
}
