package org.sunshine.search.index;

import java.util.Arrays;
import java.util.Optional;

/** What a search hit is; each type has its own index behind its own alias. */
public enum DocumentType {

	POLICY("policy", "policies"), POWER("power", "powers");

	private final String value;

	private final String alias;

	DocumentType(String value, String alias) {
		this.value = value;
		this.alias = alias;
	}

	/** The lower-case name used in the API and stored in the {@code type} field. */
	public String value() {
		return value;
	}

	/** The alias searches and writes go through. */
	public String alias() {
		return alias;
	}

	public static Optional<DocumentType> fromValue(String value) {
		return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
	}
}
