package org.sunshine.search.index;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A physical index behind an alias. Its uuid changes whenever an index is created anew, which is how the change-feed
 * checkpoint knows it must start over.
 */
public record IndexTarget(String name, String uuid) {

	private static final Pattern VERSIONED = Pattern.compile("^[a-z]+-v(\\d+)(-.+)?$");

	/** The mapping version in the name ({@code policies-v3-20240501…} is 3), if the name follows the convention. */
	public OptionalInt mappingVersion() {
		Matcher m = VERSIONED.matcher(name);
		return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
	}

	/** Whether this index was built with an older mapping than the code defines. */
	public boolean isOutdated() {
		return mappingVersion().orElse(0) < IndexDefinitions.VERSION;
	}
}
