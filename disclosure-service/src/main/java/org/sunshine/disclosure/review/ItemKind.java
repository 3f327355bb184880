package org.sunshine.disclosure.review;

/** The two kinds of published items; both go through the same workflow. */
public enum ItemKind {

	/** A policy document (政策文件), addressed by its id. */
	POLICY,
	/** A power item (权力事项), addressed by its code. */
	POWER

}
