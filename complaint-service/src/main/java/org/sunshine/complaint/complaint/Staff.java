package org.sunshine.complaint.complaint;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The signed-in staff member behind a request: user name, roles (without {@code ROLE_}) and the
 * department from the token's {@code department} claim.
 */
record Staff(String username, Set<String> roles, String department) {

	static final String CLERK = "CLERK";

	static final String HANDLER = "HANDLER";

	static final String UNIT_HEAD = "UNIT_HEAD";

	static final String SUPERVISOR = "SUPERVISOR";

	static final String ADMIN = "ADMIN";

	Staff {
		roles = Set.copyOf(roles);
	}

	static Staff of(JwtAuthenticationToken token) {
		Set<String> roles = token.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.collect(Collectors.toSet());
		return new Staff(token.getName(), roles, token.getToken().getClaimAsString("department"));
	}

	boolean has(String role) {
		return this.roles.contains(role);
	}

	boolean hasAny(String... candidates) {
		for (String role : candidates) {
			if (has(role)) {
				return true;
			}
		}
		return false;
	}

	boolean isSupervisor() {
		return has(SUPERVISOR);
	}

	/** Staff who work complaints at all. */
	boolean isComplaintStaff() {
		return hasAny(CLERK, HANDLER, UNIT_HEAD, SUPERVISOR);
	}

}
