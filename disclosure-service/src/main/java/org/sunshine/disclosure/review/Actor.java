package org.sunshine.disclosure.review;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who acts: the token's subject and the publication roles it carries.
 *
 * @param name the token subject (the staff account)
 * @param roles publication roles; other roles are ignored here
 */
public record Actor(String name, Set<Role> roles) {

	public Actor {
		roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public static Actor of(String name, Iterable<String> authorities) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String authority : authorities) {
			for (Role role : Role.values()) {
				if (authority.equals("ROLE_" + role.name())) {
					roles.add(role);
				}
			}
		}
		return new Actor(name, roles);
	}

	/** True when the actor has one of {@code allowed} or is ADMIN. */
	public boolean mayActAs(Role allowed) {
		return this.roles.contains(Role.ADMIN) || this.roles.contains(allowed);
	}

}
