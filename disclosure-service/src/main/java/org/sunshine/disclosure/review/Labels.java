package org.sunshine.disclosure.review;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Message arguments that are themselves localized (kind and state names). */
final class Labels {

	private Labels() {
	}

	static MessageSourceResolvable of(ItemKind kind) {
		return new DefaultMessageSourceResolvable(new String[] { "kind." + kind }, kind.name());
	}

	static MessageSourceResolvable action(String action) {
		return new DefaultMessageSourceResolvable(new String[] { "action." + action }, action);
	}

	static MessageSourceResolvable of(VersionState state) {
		String name = (state != null) ? state.name() : "NONE";
		return new DefaultMessageSourceResolvable(new String[] { "state." + name }, name);
	}

}
