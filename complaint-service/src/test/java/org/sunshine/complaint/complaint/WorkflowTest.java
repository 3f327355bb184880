package org.sunshine.complaint.complaint;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sunshine.complaint.calendar.HolidayCalendarFixture;
import org.sunshine.complaint.deadline.DeadlineCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sunshine.complaint.complaint.ComplaintFixture.CLERK;
import static org.sunshine.complaint.complaint.ComplaintFixture.COMPLAINED_HANDLER;
import static org.sunshine.complaint.complaint.ComplaintFixture.HANDLER;
import static org.sunshine.complaint.complaint.ComplaintFixture.OTHER_HANDLER;
import static org.sunshine.complaint.complaint.ComplaintFixture.SUPERVISOR;
import static org.sunshine.complaint.complaint.ComplaintFixture.UNIT_HEAD;
import static org.sunshine.complaint.complaint.ComplaintFixture.at;
import static org.sunshine.complaint.complaint.ComplaintFixture.received;

/** Every allowed and forbidden step of the handling workflow, on the real 2024 calendar. */
class WorkflowTest {

	private static final Workflow workflow = new Workflow(
			new DeadlineCalculator(HolidayCalendarFixture.official(), ZoneId.of("Asia/Shanghai")), "NSFWK");

	private static final Instant MON = at("2024-02-19T09:00:00+08:00");

	@Test
	void shouldAcceptWhenAClerkOfTheIntakeDepartmentAcceptsAReceivedComplaint() {
		Complaint accepted = workflow.accept(received(true), CLERK, MON);

		assertThat(accepted.status()).isEqualTo(ComplaintStatus.ACCEPTED);
		assertThat(accepted.acceptedAt()).isEqualTo(MON);
		assertThat(accepted.timeline()).last()
			.satisfies((step) -> assertThat(step.action() + " " + step.actor()).isEqualTo("ACCEPTED clerk"));
		assertThat(accepted.outbox()).isEmpty();
	}

	@Test
	void shouldRecordTheReasonWhenRejected() {
		Complaint rejected = workflow.reject(received(false), SUPERVISOR, "不属于受理范围", MON);

		assertThat(rejected.status()).isEqualTo(ComplaintStatus.REJECTED);
		assertThat(rejected.closedAt()).isEqualTo(MON);
		assertThat(rejected.timeline()).last().satisfies((step) -> assertThat(step.note()).isEqualTo("不属于受理范围"));
	}

	static Stream<Arguments> forbiddenSteps() {
		Complaint received = received(true);
		Complaint accepted = workflow.accept(received, CLERK, MON);
		Complaint assigned = workflow.assign(accepted, CLERK, "ZSK", "handler", MON);
		Complaint replied = workflow.reply(assigned, HANDLER, "已核实并整改", MON);
		return Stream.of(
				Arguments.of("accept twice", accepted, step((c) -> workflow.accept(c, CLERK, MON)), 409),
				Arguments.of("handler accepts", received, step((c) -> workflow.accept(c, HANDLER, MON)), 403),
				Arguments.of("assign before accept", received,
						step((c) -> workflow.assign(c, CLERK, "ZSK", "handler", MON)), 409),
				Arguments.of("clerk reassigns", assigned,
						step((c) -> workflow.assign(c, CLERK, "ZSK", "handler-2", MON)), 403),
				Arguments.of("another handler replies", assigned,
						step((c) -> workflow.reply(c, OTHER_HANDLER, "x", MON)), 403),
				Arguments.of("clerk of another department replies", assigned,
						step((c) -> workflow.reply(c, CLERK, "x", MON)), 403),
				Arguments.of("reply before assignment", accepted,
						step((c) -> workflow.reply(c, HANDLER, "x", MON)), 409),
				Arguments.of("reject after accept", accepted,
						step((c) -> workflow.reject(c, CLERK, "x", MON)), 409),
				Arguments.of("withdraw after reply", replied, step((c) -> workflow.withdraw(c, MON)), 409),
				Arguments.of("close before the rating period ends", replied,
						step((c) -> workflow.close(c, UNIT_HEAD, MON.plusSeconds(3600))), 409),
				Arguments.of("close before reply", assigned, step((c) -> workflow.close(c, SUPERVISOR, MON)), 409),
				Arguments.of("rate before reply", assigned,
						step((c) -> workflow.rate(c, SatisfactionGrade.SATISFIED, null, MON)), 409),
				Arguments.of("suspend a received complaint", received,
						step((c) -> workflow.suspend(c, CLERK, "x", MON)), 409),
				Arguments.of("resume a running clock", assigned, step((c) -> workflow.resume(c, HANDLER, MON)), 409),
				Arguments.of("supplement after reply", replied,
						step((c) -> workflow.supplement(c, "x", MON)), 409));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forbiddenSteps")
	void shouldRefuseTheStepWhenItIsNotAllowed(String why, Complaint complaint, Function<Complaint, Complaint> step,
			int status) {
		assertThatThrownBy(() -> step.apply(complaint)).isInstanceOfSatisfying(WorkflowException.class,
				(ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(status));
	}

	@Test
	void shouldLetTheSupervisorAndTheUnitHeadReassignWhenAssigned() {
		Complaint assigned = workflow.assign(workflow.accept(received(false), CLERK, MON), CLERK, "ZSK", "handler",
				MON);

		Complaint bySupervisor = workflow.assign(assigned, SUPERVISOR, "KJK", "kjk-handler", MON);
		Complaint byHead = workflow.assign(assigned, UNIT_HEAD, "ZSK", "handler-2", MON);

		assertThat(bySupervisor.assignedDepartment()).isEqualTo("KJK");
		assertThat(bySupervisor.timeline()).last().satisfies((s) -> assertThat(s.action()).isEqualTo("REASSIGNED"));
		assertThat(byHead.handler()).isEqualTo("handler-2");
	}

	@Test
	void shouldQueueTheRepliedSmsInTheSameChangeWhenRealName() {
		Complaint replied = reply(received(true));

		assertThat(replied.status()).isEqualTo(ComplaintStatus.REPLIED);
		assertThat(replied.replies()).singleElement().satisfies((r) -> assertThat(r.onTime()).isTrue());
		assertThat(replied.outbox()).singleElement().satisfies((sms) -> {
			assertThat(sms.template()).isEqualTo("COMPLAINT_REPLIED");
			assertThat(sms.recipient()).isEqualTo("sealed-phone");
			assertThat(sms.params()).containsEntry("trackingNumber", "T240209-ABCDEF")
				.containsEntry("dueDate", "2024-02-22");
			assertThat(sms.priority()).isEqualTo("NORMAL");
			assertThat(sms.id()).isNotBlank();
		});
	}

	@Test
	void shouldQueueNoSmsWhenAnonymous() {
		assertThat(reply(received(false)).outbox()).isEmpty();
	}

	@Test
	void shouldMarkTheReplyLateWhenAfterTheDeadline() {
		Complaint assigned = workflow.assign(workflow.accept(received(false), CLERK, MON), CLERK, "ZSK", "handler",
				MON);

		Complaint late = workflow.reply(assigned, HANDLER, "答复", at("2024-02-23T09:00:00+08:00"));

		assertThat(late.replies()).singleElement().satisfies((r) -> assertThat(r.onTime()).isFalse());
	}

	@Test
	void shouldRefuseToReplyWhileTheClockIsStopped() {
		Complaint suspended = workflow.suspend(workflow.assign(workflow.accept(received(true), CLERK, MON), CLERK,
				"ZSK", "handler", MON), HANDLER, "请补充材料", MON);

		assertThatThrownBy(() -> workflow.reply(suspended, HANDLER, "x", MON))
			.isInstanceOfSatisfying(WorkflowException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("problem.complaint.suspended"));
	}

	/**
	 * Stopped on the day of receipt (all 5 working days left), restarted Monday 26 February: the five
	 * working days are counted again from the 26th → Monday 4 March (2–3 March is a weekend).
	 */
	@Test
	void shouldRestartTheClockWhenStaffResumeOrTheComplainantSupplements() {
		Complaint accepted = workflow.accept(received(true), CLERK, at("2024-02-09T11:00:00+08:00"));
		Complaint suspended = workflow.suspend(accepted, CLERK, "请补充办税凭证", at("2024-02-09T15:00:00+08:00"));
		Instant restart = at("2024-02-26T09:00:00+08:00");

		Complaint resumed = workflow.resume(suspended, CLERK, restart);
		Complaint supplemented = workflow.supplement(suspended, "凭证见附件说明", restart);

		for (Complaint running : new Complaint[] { resumed, supplemented }) {
			assertThat(running.suspendedAt()).isNull();
			assertThat(running.dueAt()).isEqualTo(at("2024-03-04T23:59:59+08:00"));
			assertThat(running.suspensions()).singleElement().satisfies((s) -> {
				assertThat(s.until()).isEqualTo(restart);
				assertThat(s.reason()).isEqualTo("请补充办税凭证");
			});
		}
		assertThat(supplemented.supplements()).singleElement().satisfies((s) -> assertThat(s.text()).isEqualTo("凭证见附件说明"));
	}

	@Test
	void shouldCloseWhenTheComplainantIsSatisfied() {
		Complaint closed = workflow.rate(reply(received(true)), SatisfactionGrade.BASICALLY_SATISFIED, "还行", MON);

		assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
		assertThat(closed.ratings()).singleElement().satisfies((r) -> assertThat(r.comment()).isEqualTo("还行"));
	}

	@Test
	void shouldReopenOnceWithANewDeadlineWhenDissatisfied() {
		Instant rated = at("2024-02-26T10:00:00+08:00");
		Complaint reopened = workflow.rate(reply(received(true)), SatisfactionGrade.DISSATISFIED, "没有解决", rated);

		assertThat(reopened.status()).isEqualTo(ComplaintStatus.ASSIGNED);
		assertThat(reopened.reopenCount()).isEqualTo(1);
		assertThat(reopened.handler()).isEqualTo("handler");
		// Five working days from Monday 26 February.
		assertThat(reopened.dueAt()).isEqualTo(at("2024-03-04T23:59:59+08:00"));
		assertThatThrownBy(() -> workflow.rate(reopened, SatisfactionGrade.DISSATISFIED, null, rated))
			.isInstanceOf(WorkflowException.class);

		Complaint repliedAgain = workflow.reply(reopened, HANDLER, "再次答复", rated.plusSeconds(3600));
		Complaint closed = workflow.rate(repliedAgain, SatisfactionGrade.DISSATISFIED, "仍不满意", rated.plusSeconds(7200));

		assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
		assertThat(closed.ratings()).hasSize(2);
	}

	@Test
	void shouldRefuseASecondRatingOfTheSameReply() {
		Complaint replied = reply(received(true));
		Complaint closed = workflow.rate(replied, SatisfactionGrade.SATISFIED, null, MON);

		assertThatThrownBy(() -> workflow.rate(closed, SatisfactionGrade.SATISFIED, null, MON))
			.isInstanceOf(WorkflowException.class);
	}

	@Test
	void shouldCloseWhenSevenDaysPassedWithoutARating() {
		Complaint replied = reply(received(true));

		Complaint closed = workflow.close(replied, UNIT_HEAD, MON.plus(Workflow.RATING_PERIOD));

		assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
	}

	@Test
	void shouldCloseByItselfOnlyWhenTheRatingPeriodIsOver() {
		Complaint replied = reply(received(true));

		assertThatThrownBy(() -> workflow.closeUnrated(replied, MON.plus(Workflow.RATING_PERIOD).minusSeconds(1)))
			.isInstanceOf(WorkflowException.class);
		Complaint closed = workflow.closeUnrated(replied, MON.plus(Workflow.RATING_PERIOD));

		assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
		assertThat(closed.timeline()).last().satisfies((s) -> assertThat(s.actor()).isEqualTo("SYSTEM"));
	}

	@Test
	void shouldWithdrawAndStopTheClockWhenTheComplainantWithdraws() {
		Complaint suspended = workflow.suspend(workflow.accept(received(true), CLERK, MON), CLERK, "补正", MON);

		Complaint withdrawn = workflow.withdraw(suspended, MON.plusSeconds(60));

		assertThat(withdrawn.status()).isEqualTo(ComplaintStatus.WITHDRAWN);
		assertThat(withdrawn.suspendedAt()).isNull();
	}

	@Test
	void shouldNeverUnsealForStaffOfTheDepartmentComplainedAbout() {
		Complaint assignedToAccused = workflow.assign(workflow.accept(received(true), CLERK, MON), CLERK,
				ComplaintFixture.COMPLAINED_ABOUT, "dyfj-handler", MON);
		Complaint assignedElsewhere = workflow.assign(workflow.accept(received(true), CLERK, MON), CLERK, "ZSK",
				"handler", MON);

		assertThat(workflow.canUnseal(COMPLAINED_HANDLER, assignedToAccused)).isFalse();
		assertThat(workflow.canUnseal(HANDLER, assignedElsewhere)).isTrue();
		assertThat(workflow.canUnseal(OTHER_HANDLER, assignedElsewhere)).isFalse();
		assertThat(workflow.canUnseal(UNIT_HEAD, assignedElsewhere)).isFalse();
		assertThat(workflow.canUnseal(SUPERVISOR, assignedToAccused)).isTrue();
		assertThat(workflow.canUnseal(SUPERVISOR, received(false))).isFalse();
	}

	@Test
	void shouldShowStaffOnlyTheirOwnDepartmentWhenNotSupervisor() {
		Complaint received = received(true);
		Complaint assigned = workflow.assign(workflow.accept(received, CLERK, MON), CLERK, "ZSK", "handler", MON);

		assertThat(workflow.canSee(CLERK, received)).isTrue();
		assertThat(workflow.canSee(HANDLER, received)).isFalse();
		assertThat(workflow.canSee(HANDLER, assigned)).isTrue();
		assertThat(workflow.canSee(CLERK, assigned)).isFalse();
		assertThat(workflow.canSee(SUPERVISOR, assigned)).isTrue();
	}

	private static Complaint reply(Complaint received) {
		Complaint assigned = workflow.assign(workflow.accept(received, CLERK, MON), CLERK, "ZSK", "handler", MON);
		return workflow.reply(assigned, HANDLER, "已核实，已对窗口人员批评教育", MON);
	}

	private static Function<Complaint, Complaint> step(Function<Complaint, Complaint> step) {
		return step;
	}

}
