package org.sunshine.search.index;

/** Whether a document is in force (有效) or repealed (废止); repealed ones stay findable, ranked lower. */
public enum Validity {
	VALID, REPEALED
}
