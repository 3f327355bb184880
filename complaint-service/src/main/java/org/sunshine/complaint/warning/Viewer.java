package org.sunshine.complaint.warning;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is looking at warnings. Integrity staff (SUPERVISOR) and ADMIN see every warning; handlers and unit
 * heads see those sent to them and those of their own department (the {@code department} claim).
 */
record Viewer(String username, String department, boolean seesAll) {

	private static final Set<String> SEE_ALL = Set.of("ROLE_SUPERVISOR", "ROLE_ADMIN");

	static Viewer of(Authentication authentication) {
		String department = (authentication instanceof JwtAuthenticationToken jwt)
				? jwt.getToken().getClaimAsString("department") : null;
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		boolean seesAll = authorities.stream().map(GrantedAuthority::getAuthority).anyMatch(SEE_ALL::contains);
		return new Viewer(authentication.getName(), department, seesAll);
	}

}
