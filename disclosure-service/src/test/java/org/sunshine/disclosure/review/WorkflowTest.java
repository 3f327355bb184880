package org.sunshine.disclosure.review;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sunshine.disclosure.review.Workflow.Allowed;
import org.sunshine.disclosure.review.Workflow.Denial;
import org.sunshine.disclosure.review.Workflow.Denied;
import org.sunshine.disclosure.review.Workflow.ReasonRequired;
import org.sunshine.disclosure.review.Workflow.WrongState;

import static org.assertj.core.api.Assertions.assertThat;

/** Every transition of the publication rules, allowed and forbidden, without Spring or a store. */
class WorkflowTest {

	private static final Actor EDITOR = new Actor("editor", Set.of(Role.EDITOR));

	private static final Actor REVIEWER = new Actor("reviewer", Set.of(Role.REVIEWER));

	private static final Actor SECRECY = new Actor("secrecy", Set.of(Role.SECRECY_REVIEWER));

	private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN));

	private static final List<String> AUTHORS = List.of("editor");

	@Test
	void shouldLetOnlyEditorsAndAdminsAuthorWhenCreating() {
		assertThat(Workflow.author(EDITOR)).isEqualTo(new Allowed(VersionState.DRAFT));
		assertThat(Workflow.author(ADMIN)).isEqualTo(new Allowed(VersionState.DRAFT));
		assertThat(Workflow.author(REVIEWER)).isEqualTo(new Denied(Denial.EDITOR_ROLE));
	}

	@ParameterizedTest
	@EnumSource(value = VersionState.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
	void shouldRefuseEditAndSubmitWhenNotADraft(VersionState state) {
		assertThat(Workflow.edit(state, EDITOR)).isEqualTo(new WrongState(state));
		assertThat(Workflow.submit(state, EDITOR)).isEqualTo(new WrongState(state));
	}

	@Test
	void shouldSubmitADraftWhenAnEditorAsks() {
		assertThat(Workflow.submit(VersionState.DRAFT, EDITOR)).isEqualTo(new Allowed(VersionState.SUBMITTED));
		assertThat(Workflow.submit(VersionState.DRAFT, SECRECY)).isEqualTo(new Denied(Denial.EDITOR_ROLE));
	}

	@Test
	void shouldMoveToReviewedWhenAnotherPersonApprovesTheFirstReview() {
		assertThat(Workflow.review(VersionState.SUBMITTED, AUTHORS, REVIEWER, Decision.APPROVE, null))
			.isEqualTo(new Allowed(VersionState.REVIEWED));
	}

	@Test
	void shouldRefuseTheFirstReviewWhenTheReviewerWroteTheVersionEvenAsAdmin() {
		Actor author = new Actor("editor", Set.of(Role.ADMIN));
		assertThat(Workflow.review(VersionState.SUBMITTED, AUTHORS, author, Decision.APPROVE, null))
			.isEqualTo(new Denied(Denial.SELF_REVIEW));
	}

	@ParameterizedTest
	@EnumSource(value = VersionState.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
	void shouldRefuseTheFirstReviewWhenNotSubmitted(VersionState state) {
		assertThat(Workflow.review(state, AUTHORS, REVIEWER, Decision.APPROVE, null))
			.isEqualTo(new WrongState(state));
	}

	@Test
	void shouldRefuseTheFirstReviewWithoutTheReviewerRole() {
		assertThat(Workflow.review(VersionState.SUBMITTED, AUTHORS, SECRECY, Decision.APPROVE, null))
			.isEqualTo(new Denied(Denial.REVIEWER_ROLE));
	}

	@Test
	void shouldNeedAReasonWhenReturning() {
		assertThat(Workflow.review(VersionState.SUBMITTED, AUTHORS, REVIEWER, Decision.RETURN, " "))
			.isEqualTo(new ReasonRequired());
		assertThat(Workflow.review(VersionState.SUBMITTED, AUTHORS, REVIEWER, Decision.RETURN, "依据有误"))
			.isEqualTo(new Allowed(VersionState.DRAFT));
		assertThat(Workflow.secrecyReview(VersionState.REVIEWED, AUTHORS, "reviewer", SECRECY, Decision.RETURN,
				null))
			.isEqualTo(new ReasonRequired());
	}

	@Test
	void shouldApproveForPublicationWhenAThirdPersonGivesTheConfidentialityReview() {
		assertThat(Workflow.secrecyReview(VersionState.REVIEWED, AUTHORS, "reviewer", SECRECY, Decision.APPROVE,
				null))
			.isEqualTo(new Allowed(VersionState.APPROVED));
	}

	@Test
	void shouldRefuseTheConfidentialityReviewByTheFirstReviewerOrTheAuthor() {
		Actor both = new Actor("reviewer", Set.of(Role.REVIEWER, Role.SECRECY_REVIEWER));
		assertThat(Workflow.secrecyReview(VersionState.REVIEWED, AUTHORS, "reviewer", both, Decision.APPROVE, null))
			.isEqualTo(new Denied(Denial.SAME_REVIEWER));
		Actor author = new Actor("editor", Set.of(Role.SECRECY_REVIEWER));
		assertThat(Workflow.secrecyReview(VersionState.REVIEWED, AUTHORS, "reviewer", author, Decision.APPROVE,
				null))
			.isEqualTo(new Denied(Denial.SELF_REVIEW));
	}

	@Test
	void shouldRefusePublishingWithoutTheFirstReview() {
		assertThat(Workflow.secrecyReview(VersionState.SUBMITTED, AUTHORS, null, SECRECY, Decision.APPROVE, null))
			.isEqualTo(new WrongState(VersionState.SUBMITTED));
		assertThat(Workflow.secrecyReview(VersionState.REVIEWED, AUTHORS, "reviewer", REVIEWER, Decision.APPROVE,
				null))
			.isEqualTo(new Denied(Denial.SECRECY_REVIEWER_ROLE));
	}

	@Test
	void shouldAmendOrRepealOnlyAPublishedItemWithNothingInWork() {
		assertThat(Workflow.change(VersionState.PUBLISHED, null, EDITOR)).isEqualTo(new Allowed(VersionState.DRAFT));
		assertThat(Workflow.change(VersionState.PUBLISHED, VersionState.SUBMITTED, EDITOR))
			.isEqualTo(new WrongState(VersionState.SUBMITTED));
		assertThat(Workflow.change(VersionState.REPEALED, null, EDITOR))
			.isEqualTo(new WrongState(VersionState.REPEALED));
		assertThat(Workflow.change(null, null, EDITOR)).isEqualTo(new WrongState(null));
		assertThat(Workflow.change(VersionState.PUBLISHED, null, REVIEWER)).isEqualTo(new Denied(Denial.EDITOR_ROLE));
	}

	@Test
	void shouldReadOnlyPublicationRolesFromTheTokensAuthorities() {
		Actor actor = Actor.of("x", List.of("ROLE_REVIEWER", "ROLE_CLERK", "SCOPE_read"));
		assertThat(actor.roles()).containsExactly(Role.REVIEWER);
		assertThat(actor.mayActAs(Role.REVIEWER)).isTrue();
		assertThat(actor.mayActAs(Role.EDITOR)).isFalse();
	}

	@Test
	void shouldMatchIfMatchOnlyForTheCurrentRevision() {
		ItemVersion version = new ItemVersion("POWER/XZCF-1/2", ItemKind.POWER, "XZCF-1", 2, null, "t", null,
				VersionState.DRAFT, false, AUTHORS, null, null, null, null, null, null, 3);
		assertThat(Preconditions.matches(null, version)).isTrue();
		assertThat(Preconditions.matches("*", version)).isTrue();
		assertThat(Preconditions.matches("\"2.3\"", version)).isTrue();
		assertThat(Preconditions.matches("W/\"2.3\"", version)).isTrue();
		assertThat(Preconditions.matches("\"2.2\", \"2.3\"", version)).isTrue();
		assertThat(Preconditions.matches("\"2.2\"", version)).isFalse();
		assertThat(Preconditions.matches("\"1.3\"", version)).isFalse();
	}

}
