package vn.danvan.workflow.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
 * processes/petition-feedback.bpmn (kiến nghị, phản ánh): sorted within 10 days of receipt, then handled by a
 * department and answered within 15 working days (the service's own limit), or sent on, or merged.
 */
@Deployment(resources = {"processes/petition-feedback.bpmn", "processes/sort-feedback.form",
    "processes/answer-feedback.form"})
class PetitionFeedbackProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private PetitionProcessFixture fixture;

  private ProcessInstance receive(String at, PetitionKind kind) {
    VietnamClock.set(at);
    fixture = new PetitionProcessFixture();
    return fixture.start(fixture.receive(kind, "KPAAAAAAAAAA"));
  }

  private Petition petition() {
    return fixture.petitions.findById(1L).orElseThrow();
  }

  @Test
  void sortedWithinTenDaysThenAnsweredWithinFifteenWorkingDays() {
    ProcessInstance pi = receive("2026-03-02T09:00", PetitionKind.KIEN_NGHI);
    BpmnAwareTests.assertThat(pi).isWaitingAt(PetitionProcess.ACCEPT_FEEDBACK);
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("xa-xuan-hong")
        .hasDueDate(VietnamClock.at("2026-03-12T17:00"));
    assertRefused(() -> complete(task(pi), withVariables("decision", "ACCEPT", "handlingUnitId", "xa-khac")),
        "handlingUnitId", "petition.unknown-department");

    complete(task(pi), withVariables("decision", "ACCEPT", "handlingUnitId", PetitionProcessFixture.DEPARTMENT));
    BpmnAwareTests.assertThat(pi).isWaitingAt(PetitionProcess.ANSWER_FEEDBACK);
    // 15 working days from Mon 2/3/2026, three weekends: Mon 23/3
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup(PetitionProcessFixture.DEPARTMENT)
        .hasDueDate(VietnamClock.at("2026-03-23T17:00"));

    complete(task(pi), withVariables("outcome", "Xã sẽ nạo vét cống trong tháng 4"));
    BpmnAwareTests.assertThat(pi).hasPassed("Task_RecordSettlement").isEnded();
    assertThat(petition().getStage()).isEqualTo(PetitionStage.SETTLED);
  }

  @Test
  void fifteenWorkingDaysAcrossTet() {
    PetitionClocks clocks = new PetitionClocks(PetitionProcessFixture.CALENDAR);
    // from Mon 1/2/2027: 2–4/2, then Tết (5–11/2), 12/2, 15–19/2, 22–26/2, Mon 1/3 is the 15th
    assertThat(clocks.settleDue(PetitionKind.PHAN_ANH, day("2027-02-01"), Complexity.NORMAL, false, 0))
        .isEqualTo(day("2027-03-01"));
  }

  @Test
  void anOverdueAnswerGoesToTheChair() {
    ProcessInstance pi = receive("2026-03-02T09:00", PetitionKind.PHAN_ANH);
    complete(task(pi), withVariables("decision", "ACCEPT", "handlingUnitId", "xa-xuan-hong"));
    VietnamClock.set("2026-03-24T07:30");
    assertThat(VietnamClock.dueTimers(pi)).containsExactly("Timer_SettleOverdue");
    execute(job("Timer_SettleOverdue", pi));
    assertThat(petition().getEscalatedOn()).isEqualTo(day("2026-03-24"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(PetitionProcess.ANSWER_FEEDBACK);
  }

  @Test
  void sentOnOrMerged() {
    ProcessInstance sent = receive("2026-03-02T09:00", PetitionKind.KIEN_NGHI);
    assertRefused(() -> complete(task(sent), withVariables("decision", "REFER")), "referTo", "task.field.required");
    complete(task(sent), withVariables("decision", "REFER", "referTo", "Công an xã"));
    BpmnAwareTests.assertThat(sent).hasPassed("Task_TransferPetition").isEnded();
    assertThat(petition().getStage()).isEqualTo(PetitionStage.TRANSFERRED);

    ProcessInstance duplicate = receive("2026-03-02T09:00", PetitionKind.PHAN_ANH);
    Petition first = fixture.receive(PetitionKind.PHAN_ANH, "KPBBBBBBBBBB");
    complete(task(duplicate), withVariables("decision", "MERGE", "mergeInto", first.getTrackingCode()));
    BpmnAwareTests.assertThat(duplicate).hasPassed("Task_MergeDuplicate").isEnded();
  }
}
