package org.sunshine.disclosure.review;

import java.util.EnumSet;
import java.util.Set;

/** Where one version of a policy or power item stands in the publication workflow. */
public enum VersionState {

	/** Being written (草稿); the only state in which content may change. */
	DRAFT,
	/** Submitted, waiting for the first review (审核). */
	SUBMITTED,
	/** First review approved, waiting for the confidentiality review (保密审查). */
	REVIEWED,
	/** Both reviews approved; published at once or at its {@code publishAt}. */
	APPROVED,
	/** The public version. */
	PUBLISHED,
	/** Was public, replaced by a later version. */
	SUPERSEDED,
	/** The version that withdrew the item (废止): public, marked, still readable. */
	REPEALED;

	/** States of the one version an item may have in work at a time. */
	public static final Set<VersionState> IN_WORK = EnumSet.of(DRAFT, SUBMITTED, REVIEWED, APPROVED);

	/** States of versions that were public at some time. */
	public static final Set<VersionState> WAS_PUBLIC = EnumSet.of(PUBLISHED, SUPERSEDED, REPEALED);

}
