package vn.danvan.workflow.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.danvan.workflow.petition.PetitionProcessFixture.day;
import static vn.danvan.workflow.support.Refusals.assertRefused;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.workflow.support.ProcessTestEngine;
import vn.danvan.workflow.support.VietnamClock;

/**
 * processes/petition-complaint.bpmn, every path and clock of Luật Khiếu nại 2011: accepted within 10 days (art. 27),
 * settled within 30 days, 45 if complex, 45/60 in remote areas (art. 28), in calendar days, a last day off moved to
 * the next working day.
 */
@Deployment(resources = {"processes/petition-complaint.bpmn", "processes/accept-complaint.form",
    "processes/settle-petition.form"})
class PetitionComplaintProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private PetitionProcessFixture fixture;

  private ProcessInstance receive(String at) {
    VietnamClock.set(at);
    fixture = new PetitionProcessFixture();
    return fixture.start(fixture.receive(PetitionKind.KHIEU_NAI, "KNAAAAAAAAAA"));
  }

  private Petition petition() {
    return fixture.petitions.findById(1L).orElseThrow();
  }

  @Test
  void acceptedThenSettledWithinThirtyDaysOfAcceptance() {
    ProcessInstance pi = receive("2026-03-02T09:00");
    BpmnAwareTests.assertThat(pi).isWaitingAt(PetitionProcess.ACCEPT_COMPLAINT);
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("xa-xuan-hong")
        .hasDueDate(VietnamClock.at("2026-03-12T17:00"));

    taskService().claim(task(pi).getId(), "can-bo-tiep-dan");
    complete(task(pi), withVariables("decision", "ACCEPT", "handlingUnitId", PetitionProcessFixture.DEPARTMENT,
        "complexity", "NORMAL", "remoteArea", false));

    BpmnAwareTests.assertThat(pi).isWaitingAt(PetitionProcess.SETTLE_COMPLAINT);
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup(PetitionProcessFixture.DEPARTMENT)
        .hasDueDate(VietnamClock.at("2026-04-01T17:00"));
    assertThat(petition().getStage()).isEqualTo(PetitionStage.ACCEPTED);
    assertThat(petition().getAcceptedOn()).isEqualTo(day("2026-03-02"));
    assertThat(petition().getHandlingOfficer()).isEqualTo("can-bo-tiep-dan");

    taskService().claim(task(pi).getId(), "chuyen-vien-van-phong");
    assertThat(petition().getHandlingOfficer()).isEqualTo("chuyen-vien-van-phong");
    complete(task(pi), withVariables("decision", "SETTLE", "outcome", "Giữ nguyên quyết định hành chính"));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_RecordSettlement").isEnded();
    assertThat(petition().getStage()).isEqualTo(PetitionStage.SETTLED);
    assertThat(petition().getSettledOn()).isEqualTo(day("2026-03-02"));
    assertThat(petition().settledLate()).isFalse();
  }

  @Test
  void tenDaysToAcceptEndingInTetMoveToTheFirstWorkingDayAfterIt() {
    ProcessInstance pi = receive("2027-01-29T10:00"); // +10 days = Mon 8/2/2027, inside Tết (5–11/2)
    assertThat(petition().getAcceptDueOn()).isEqualTo(day("2027-02-12"));
    BpmnAwareTests.assertThat(task(pi)).hasDueDate(VietnamClock.at("2027-02-12T17:00"));
  }

  @Test
  void tenDaysEndingOnASaturdayEndOnMonday() {
    receive("2026-03-04T09:00");
    assertThat(petition().getAcceptDueOn()).isEqualTo(day("2026-03-16"));
  }

  @Test
  void complexAndRemoteCasesGetTheirLimits() {
    PetitionClocks clocks = new PetitionClocks(PetitionProcessFixture.CALENDAR);
    assertThat(clocks.settleDue(PetitionKind.KHIEU_NAI, day("2026-03-02"), Complexity.COMPLEX, false, 0))
        .isEqualTo(day("2026-04-16"));
    assertThat(clocks.settleDue(PetitionKind.KHIEU_NAI, day("2026-03-02"), Complexity.NORMAL, true, 0))
        .isEqualTo(day("2026-04-16"));
    // 60 days = Fri 1/5/2026 (Labour Day), then the weekend: Monday 4/5
    assertThat(clocks.settleDue(PetitionKind.KHIEU_NAI, day("2026-03-02"), Complexity.COMPLEX, true, 0))
        .isEqualTo(day("2026-05-04"));
  }

  @Test
  void aComplaintFoundComplexIsExtendedOnceToFortyFiveDays() {
    ProcessInstance pi = receive("2026-03-02T09:00");
    complete(task(pi), withVariables("decision", "ACCEPT", "handlingUnitId", PetitionProcessFixture.DEPARTMENT,
        "complexity", "NORMAL", "remoteArea", true));
    BpmnAwareTests.assertThat(task(pi)).hasDueDate(VietnamClock.at("2026-04-16T17:00"));

    complete(task(pi), withVariables("decision", "EXTEND", "extensionReason", "Cần xác minh tại nhiều nơi"));
    BpmnAwareTests.assertThat(pi).hasPassed("Task_ExtendSettlement").isWaitingAt(PetitionProcess.SETTLE_COMPLAINT);
    BpmnAwareTests.assertThat(task(pi)).hasDueDate(VietnamClock.at("2026-05-04T17:00"));
    assertThat(petition().getComplexity()).isEqualTo(Complexity.COMPLEX);

    assertRefused(() -> complete(task(pi), withVariables("decision", "EXTEND", "extensionReason", "Lần hai")),
        "decision", "petition.no-more-extension");
  }

  @Test
  void refusedWithItsReason() {
    ProcessInstance pi = receive("2026-03-02T09:00");
    assertRefused(() -> complete(task(pi), withVariables("decision", "REFUSE")), "reason", "task.field.required");
    complete(task(pi), withVariables("decision", "REFUSE", "reason", "Đã quá thời hiệu khiếu nại (Điều 11)"));
    BpmnAwareTests.assertThat(pi).hasPassed("Task_RecordRefusal").isEnded();
    assertThat(petition().getStage()).isEqualTo(PetitionStage.NOT_ACCEPTED);
    assertThat(petition().getOutcome()).contains("thời hiệu");
  }

  @Test
  void transferredWithWhereTheClockStood() {
    ProcessInstance pi = receive("2026-03-02T09:00");
    VietnamClock.set("2026-03-06T09:00");
    complete(task(pi), withVariables("decision", "REFER", "referTo", "UBND huyện Xuân Trường",
        "transferReason", "Quyết định bị khiếu nại do huyện ban hành"));
    BpmnAwareTests.assertThat(pi).hasPassed("Task_TransferPetition").isEnded();
    assertThat(petition().getStage()).isEqualTo(PetitionStage.TRANSFERRED);
    assertThat(fixture.transfers).singleElement().satisfies(transfer -> {
      assertThat(transfer.getToBody()).isEqualTo("UBND huyện Xuân Trường");
      assertThat(transfer.getDaysElapsed()).isEqualTo(4);
      assertThat(transfer.getFromUnitId()).isEqualTo("xa-xuan-hong");
      assertThat(transfer.getReason()).isEqualTo("Quyết định bị khiếu nại do huyện ban hành");
    });
  }

  @Test
  void aDuplicateIsMergedIntoTheFirstPetition() {
    ProcessInstance pi = receive("2026-03-02T09:00");
    Petition first = fixture.receive(PetitionKind.KHIEU_NAI, "KNBBBBBBBBBB");
    assertRefused(() -> complete(task(pi), withVariables("decision", "MERGE", "mergeInto", "KNCCCCCCCCCC")),
        "mergeInto", "petition.unknown-original");
    complete(task(pi), withVariables("decision", "MERGE", "mergeInto", "knbbbbbbbbbb"));
    BpmnAwareTests.assertThat(pi).hasPassed("Task_MergeDuplicate").isEnded();
    assertThat(petition().getStage()).isEqualTo(PetitionStage.MERGED);
    assertThat(petition().getMergedIntoId()).isEqualTo(first.getId());
  }

  @Test
  void overdueAcceptanceGoesToTheChairTheMorningAfterAndTheTaskStays() {
    ProcessInstance pi = receive("2026-03-02T09:00"); // due Thu 12/3
    VietnamClock.set("2026-03-12T17:30");
    assertThat(VietnamClock.dueTimers(pi)).isEmpty();
    VietnamClock.set("2026-03-13T07:30");
    assertThat(VietnamClock.dueTimers(pi)).containsExactly("Timer_AcceptOverdue");
    execute(job("Timer_AcceptOverdue", pi));
    assertThat(petition().getEscalatedOn()).isEqualTo(day("2026-03-13"));
    BpmnAwareTests.assertThat(pi).hasPassed("Task_EscalateAcceptance").isWaitingAt(PetitionProcess.ACCEPT_COMPLAINT);
  }

  @Test
  void overdueSettlementGoesToTheChairAfterTheWeekend() {
    ProcessInstance pi = receive("2026-03-06T09:00"); // accepted Fri 6/3: 30 days = Sun 5/4 → Mon 6/4
    complete(task(pi), withVariables("decision", "ACCEPT", "handlingUnitId", PetitionProcessFixture.DEPARTMENT,
        "complexity", "NORMAL", "remoteArea", false));
    assertThat(petition().getSettleDueOn()).isEqualTo(day("2026-04-06"));
    VietnamClock.set("2026-04-07T07:29");
    assertThat(VietnamClock.dueTimers(pi)).isEmpty();
    VietnamClock.set("2026-04-07T07:30");
    execute(job("Timer_SettleOverdue", pi));
    assertThat(petition().getEscalatedOn()).isEqualTo(day("2026-04-07"));
    complete(task(pi), withVariables("decision", "SETTLE", "outcome", "Chấp nhận một phần"));
    assertThat(petition().settledLate()).isTrue();
    BpmnAwareTests.assertThat(pi).isEnded();
  }
}
