package vn.danvan.workflow.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
 * processes/petition-denunciation.bpmn, every path and clock of Luật Tố cáo 2018: accepted within 7 working days
 * (art. 24, 29, across Tết), settled within 30 days, extended by 30 once if complex, twice if very complex (art. 30);
 * the denouncer's identity is no process variable.
 */
@Deployment(resources = {"processes/petition-denunciation.bpmn", "processes/accept-denunciation.form",
    "processes/settle-petition.form"})
class PetitionDenunciationProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private PetitionProcessFixture fixture;

  private ProcessInstance receive(String at) {
    VietnamClock.set(at);
    fixture = new PetitionProcessFixture();
    return fixture.start(fixture.receive(PetitionKind.TO_CAO, "TCAAAAAAAAAA"));
  }

  private Petition petition() {
    return fixture.petitions.findById(1L).orElseThrow();
  }

  private void accept(ProcessInstance pi, String complexity) {
    complete(task(pi), withVariables("decision", "ACCEPT", "handlingUnitId", PetitionProcessFixture.DEPARTMENT,
        "complexity", complexity));
  }

  @Test
  void sevenWorkingDaysToAcceptSkipTetAndTheWeekends() {
    ProcessInstance pi = receive("2027-01-28T09:00"); // Thu; Tết 2027 is off from Fri 5/2 to Thu 11/2
    BpmnAwareTests.assertThat(pi).isWaitingAt(PetitionProcess.ACCEPT_DENUNCIATION);
    assertThat(petition().getAcceptDueOn()).isEqualTo(day("2027-02-15"));
    BpmnAwareTests.assertThat(task(pi)).hasDueDate(VietnamClock.at("2027-02-15T17:00"));

    VietnamClock.set("2027-02-15T20:00");
    assertThat(VietnamClock.dueTimers(pi)).isEmpty();
    VietnamClock.set("2027-02-16T07:30");
    execute(job("Timer_AcceptOverdue", pi));
    assertThat(petition().getEscalatedOn()).isEqualTo(day("2027-02-16"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(PetitionProcess.ACCEPT_DENUNCIATION);
  }

  @Test
  void theDenouncersIdentityIsNoProcessVariable() {
    ProcessInstance pi = receive("2026-03-02T09:00");
    assertThat(runtimeService().getVariables(pi.getId()).keySet())
        .noneMatch(name -> name.toLowerCase().contains("petitioner") || name.toLowerCase().contains("address")
            || name.toLowerCase().contains("contact"));
  }

  @Test
  void aNormalCaseIsSettledWithinThirtyDaysAndCannotBeExtended() {
    ProcessInstance pi = receive("2026-03-02T09:00");
    accept(pi, "NORMAL");
    assertThat(petition().getSettleDueOn()).isEqualTo(day("2026-04-01"));
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup(PetitionProcessFixture.DEPARTMENT)
        .hasDueDate(VietnamClock.at("2026-04-01T17:00"));
    assertRefused(() -> complete(task(pi), withVariables("decision", "EXTEND", "extensionReason", "Thêm thời gian")),
        "decision", "petition.no-more-extension");
    assertRefused(() -> complete(task(pi), withVariables("decision", "SETTLE")), "outcome", "task.field.required");
    complete(task(pi), withVariables("decision", "SETTLE", "outcome", "Tố cáo đúng một phần"));
    BpmnAwareTests.assertThat(pi).hasPassed("Task_RecordSettlement").isEnded();
    assertThat(petition().getStage()).isEqualTo(PetitionStage.SETTLED);
  }

  @Test
  void aComplexCaseIsExtendedOnce() {
    ProcessInstance pi = receive("2026-03-02T09:00");
    accept(pi, "COMPLEX");
    complete(task(pi), withVariables("decision", "EXTEND", "extensionReason", "Cần giám định"));
    assertThat(petition().getSettleDueOn()).isEqualTo(day("2026-05-04")); // 60 days = 1/5, Labour Day, then a weekend
    BpmnAwareTests.assertThat(task(pi)).hasDueDate(VietnamClock.at("2026-05-04T17:00"));
    assertRefused(() -> complete(task(pi), withVariables("decision", "EXTEND", "extensionReason", "Lần hai")),
        "decision", "petition.no-more-extension");
  }

  @Test
  void aVeryComplexCaseIsExtendedTwice() {
    ProcessInstance pi = receive("2026-03-02T09:00");
    accept(pi, "VERY_COMPLEX");
    complete(task(pi), withVariables("decision", "EXTEND", "extensionReason", "Lần một"));
    complete(task(pi), withVariables("decision", "EXTEND", "extensionReason", "Lần hai"));
    assertThat(petition().getExtensions()).isEqualTo(2);
    assertThat(petition().getSettleDueOn()).isEqualTo(day("2026-05-31").plusDays(1)); // 90 days: Mon 1/6
    assertRefused(() -> complete(task(pi), withVariables("decision", "EXTEND", "extensionReason", "Lần ba")),
        "decision", "petition.no-more-extension");
    VietnamClock.set("2026-06-02T07:30");
    execute(job("Timer_SettleOverdue", pi));
    assertThat(petition().getEscalatedOn()).isEqualTo(day("2026-06-02"));
  }

  @Test
  void refusedTransferredOrMerged() {
    ProcessInstance refused = receive("2026-03-02T09:00");
    complete(task(refused), withVariables("decision", "REFUSE", "reason", "Tố cáo nặc danh, không rõ nội dung"));
    BpmnAwareTests.assertThat(refused).hasPassed("Task_RecordRefusal").isEnded();

    ProcessInstance transferred = receive("2026-03-02T09:00");
    VietnamClock.set("2026-03-09T09:00"); // a week later: 5 working days
    complete(task(transferred), withVariables("decision", "REFER", "referTo", "Thanh tra huyện"));
    BpmnAwareTests.assertThat(transferred).hasPassed("Task_TransferPetition").isEnded();
    assertThat(fixture.transfers).singleElement().extracting(PetitionTransfer::getDaysElapsed).isEqualTo(5);

    ProcessInstance duplicate = receive("2026-03-02T09:00");
    Petition first = fixture.receive(PetitionKind.TO_CAO, "TCBBBBBBBBBB");
    complete(task(duplicate), withVariables("decision", "MERGE", "mergeInto", first.getTrackingCode()));
    BpmnAwareTests.assertThat(duplicate).hasPassed("Task_MergeDuplicate").isEnded();
    assertThat(petition().getMergedIntoId()).isEqualTo(first.getId());
  }
}
