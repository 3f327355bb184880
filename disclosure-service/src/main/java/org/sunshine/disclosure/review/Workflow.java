package org.sunshine.disclosure.review;

import java.util.List;

/**
 * The publication rules (draft → submitted → first review → confidentiality review → published), as
 * pure functions of a version's state, its people and the actor. No Spring, no store: the service
 * asks for a verdict first and writes only an allowed transition.
 *
 * <p>Checks run in a fixed order: role, then state, then who may not act, then the reason.
 */
public final class Workflow {

	private Workflow() {
	}

	/** Create a new item's first draft, or an amendment or repeal of a published one. */
	public static Verdict author(Actor actor) {
		return actor.mayActAs(Role.EDITOR) ? new Allowed(VersionState.DRAFT) : new Denied(Denial.EDITOR_ROLE);
	}

	public static Verdict edit(VersionState state, Actor actor) {
		return fromDraft(state, actor, VersionState.DRAFT);
	}

	public static Verdict submit(VersionState state, Actor actor) {
		return fromDraft(state, actor, VersionState.SUBMITTED);
	}

	public static Verdict review(VersionState state, List<String> authors, Actor actor, Decision decision,
			String reason) {
		if (!actor.mayActAs(Role.REVIEWER)) {
			return new Denied(Denial.REVIEWER_ROLE);
		}
		if (state != VersionState.SUBMITTED) {
			return new WrongState(state);
		}
		if (authors.contains(actor.name())) {
			return new Denied(Denial.SELF_REVIEW);
		}
		return decide(decision, reason, VersionState.REVIEWED);
	}

	public static Verdict secrecyReview(VersionState state, List<String> authors, String reviewer, Actor actor,
			Decision decision, String reason) {
		if (!actor.mayActAs(Role.SECRECY_REVIEWER)) {
			return new Denied(Denial.SECRECY_REVIEWER_ROLE);
		}
		if (state != VersionState.REVIEWED) {
			return new WrongState(state);
		}
		if (authors.contains(actor.name())) {
			return new Denied(Denial.SELF_REVIEW);
		}
		if (actor.name().equals(reviewer)) {
			return new Denied(Denial.SAME_REVIEWER);
		}
		return decide(decision, reason, VersionState.APPROVED);
	}

	/**
	 * Start a new version of a public item (amend or repeal).
	 * @param publicState the item's public state (PUBLISHED or REPEALED), null if never published
	 * @param inWork the state of the version in work, null if none
	 */
	public static Verdict change(VersionState publicState, VersionState inWork, Actor actor) {
		if (!actor.mayActAs(Role.EDITOR)) {
			return new Denied(Denial.EDITOR_ROLE);
		}
		if (inWork != null) {
			return new WrongState(inWork);
		}
		if (publicState != VersionState.PUBLISHED) {
			return new WrongState(publicState);
		}
		return new Allowed(VersionState.DRAFT);
	}

	private static Verdict fromDraft(VersionState state, Actor actor, VersionState next) {
		if (!actor.mayActAs(Role.EDITOR)) {
			return new Denied(Denial.EDITOR_ROLE);
		}
		return (state == VersionState.DRAFT) ? new Allowed(next) : new WrongState(state);
	}

	private static Verdict decide(Decision decision, String reason, VersionState approved) {
		if (decision == Decision.APPROVE) {
			return new Allowed(approved);
		}
		return (reason == null || reason.isBlank()) ? new ReasonRequired() : new Allowed(VersionState.DRAFT);
	}

	/** The outcome of asking whether a transition may happen. */
	public sealed interface Verdict permits Allowed, WrongState, Denied, ReasonRequired {

	}

	/** The transition may happen and leads to {@code next}. */
	public record Allowed(VersionState next) implements Verdict {
	}

	/** Not possible in the current state. */
	public record WrongState(VersionState current) implements Verdict {
	}

	/** The actor may not do this. */
	public record Denied(Denial why) implements Verdict {
	}

	/** A return to draft needs a reason. */
	public record ReasonRequired() implements Verdict {
	}

	public enum Denial {

		EDITOR_ROLE, REVIEWER_ROLE, SECRECY_REVIEWER_ROLE, SELF_REVIEW, SAME_REVIEWER

	}

}
