package org.sunshine.disclosure.review;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Reads the actor off a request's authentication: the JWT's subject and its ROLE_* authorities. */
public final class Actors {

	private Actors() {
	}

	public static Actor of(Authentication authentication) {
		return Actor.of(authentication.getName(),
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}

}
