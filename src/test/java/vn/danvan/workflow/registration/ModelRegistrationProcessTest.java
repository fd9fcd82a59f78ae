package vn.danvan.workflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.danvan.workflow.support.Refusals.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.notification.Notification;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.NotificationRepository;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.support.ProcessTestEngine;
import vn.danvan.workflow.support.Saves;

/** Every path of processes/model-registration.bpmn, with the real delegates over an in-memory model. */
@Deployment(resources = {"processes/model-registration.bpmn", "processes/review-registration.form",
    "processes/revise-registration.form"})
class ModelRegistrationProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  private final ModelRepository models = mock(ModelRepository.class);
  private final ModelDecisionRepository decisions = mock(ModelDecisionRepository.class);
  private final List<ModelDecision> history = new ArrayList<>();
  private final NotificationRepository notificationRows = mock(NotificationRepository.class);
  private final List<Notification> notifications = new ArrayList<>();
  private MobilizationModel model;

  @BeforeEach
  void wireDelegates() {
    ClockUtil.setCurrentTime(Date.from(START));
    model = new MobilizationModel(ModelKind.MODEL, "xa-xuan-hong", Field.ECONOMY, 2026, "commune1");
    model.describe(dossier("Dân vận khéo trong dồn điền đổi thửa"));
    doReturn(Optional.of(model)).when(models).findById(7L);
    when(models.byBusinessKey("model:7")).thenCallRealMethod();
    when(decisions.save(any())).thenAnswer(Saves.into(history));
    DecisionHistory decisionHistory = new DecisionHistory(decisions);
    Mocks.register("approveRegistrationDelegate", new ApproveRegistrationDelegate(models, decisionHistory));
    Mocks.register("returnRegistrationDelegate", new ReturnRegistrationDelegate(models, decisionHistory));
    Mocks.register("resubmitRegistrationDelegate", new ResubmitRegistrationDelegate(models, decisionHistory));
    Mocks.register("rejectRegistrationDelegate", new RejectRegistrationDelegate(models, decisionHistory));
    when(notificationRows.save(any())).thenAnswer(Saves.into(notifications));
    Mocks.register("notifyUnitOfReturn", new NotifyUnitOfReturn(new Notifications(notificationRows)));
  }

  @Test
  void approvedRegistrationIsRegistered() {
    ProcessInstance pi = startRegistration();
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewRegistration");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("ban-dan-van-huyen");

    complete(task(pi), withVariables("decision", "APPROVE", "comment", "Hồ sơ đầy đủ"));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_MarkRegistered").isEnded().hasPassed("End_Registered");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.REGISTERED);
    assertThat(history).extracting(ModelDecision::getDecision).containsExactly("APPROVE");
    assertThat(history.get(0).getComment()).isEqualTo("Hồ sơ đầy đủ");
    // the step is worded as the diagram names it (it was typed "Thẩm định đăng ký" in code)
    assertThat(history.get(0).getStepName()).isEqualTo("Thẩm định hồ sơ đăng ký");
  }

  @Test
  void reviewIsDueInTenWorkingDays() {
    ProcessInstance pi = startRegistration();
    // Monday 2/3/2026 09:00 in Hà Nội: ten working days later is Monday 16/3, same time (reminders: reminder/)
    assertThat(task(pi).getDueDate().toInstant()).isEqualTo(START.plus(Duration.ofDays(14)));
  }

  @Test
  void returnedRegistrationIsRevisedThenApproved() {
    ProcessInstance pi = startRegistration();
    complete(task(pi), withVariables("decision", "RETURN",
        "missingItems", List.of("Thiếu mục tiêu, tiêu chí đánh giá", "Thiếu nguồn lực thực hiện"),
        "missingOther", "Bổ sung biên bản họp chi bộ"));

    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviseRegistration");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("xa-xuan-hong");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.RETURNED);
    assertThat(model.getMissingItems()).contains("Thiếu mục tiêu, tiêu chí đánh giá", "Thiếu nguồn lực thực hiện",
        "Bổ sung biên bản họp chi bộ");
    assertThat(runtimeService().getVariable(pi.getId(), "missingText")).isEqualTo(model.getMissingItems());
    // the unit is told, with everything missing, and the notice leads to the revision task
    assertThat(notifications).singleElement().satisfies(n -> {
      assertThat(n.getRecipientGroup()).isEqualTo("xa-xuan-hong");
      assertThat(n.getRecipientUser()).isNull();
      assertThat(n.getKind()).isEqualTo(NotificationKind.RETURNED);
      assertThat(n.getTaskId()).isEqualTo(task(pi).getId());
      assertThat(n.getModelId()).isEqualTo(7L);
      assertThat(n.getMessage()).startsWith("Hồ sơ “Dân vận khéo trong dồn điền đổi thửa” được trả lại để bổ sung: ")
          .contains("Thiếu mục tiêu, tiêu chí đánh giá", "Thiếu nguồn lực thực hiện", "Bổ sung biên bản họp chi bộ")
          .doesNotContain("\n");
    });

    complete(task(pi), withVariables("goals", "Mục tiêu mới: 100% hộ đồng thuận", "revisionNote", "Đã bổ sung"));
    BpmnAwareTests.assertThat(pi).hasPassed("Task_MarkResubmitted").isWaitingAt("Task_ReviewRegistration");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.SUBMITTED);
    assertThat(model.dossier().goals()).isEqualTo("Mục tiêu mới: 100% hộ đồng thuận");

    complete(task(pi), withVariables("decision", "APPROVE"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_Registered");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.REGISTERED);
    assertThat(history).extracting(ModelDecision::getDecision).containsExactly("RETURN", "RESUBMIT", "APPROVE");
    assertThat(history).extracting(ModelDecision::getStepName)
        .containsExactly("Thẩm định hồ sơ đăng ký", "Bổ sung, hoàn thiện hồ sơ", "Thẩm định hồ sơ đăng ký");
  }

  @Test
  void rejectedRegistrationKeepsItsReason() {
    ProcessInstance pi = startRegistration();
    complete(task(pi), withVariables("decision", "REJECT", "rejectionReason", "Trùng mô hình đã đăng ký năm 2025"));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_MarkRejected").isEnded().hasPassed("End_Rejected");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.REJECTED);
    assertThat(model.getRejectionReason()).isEqualTo("Trùng mô hình đã đăng ký năm 2025");
    assertThat(history).extracting(ModelDecision::getDecision).containsExactly("REJECT");
  }

  @Test
  void aFileReturnedOnceIsNotReturnedAgainButApprovedOrRejected() {
    ProcessInstance pi = startRegistration();
    complete(task(pi), withVariables("decision", "RETURN", "missingItems", List.of("Thiếu nguồn lực thực hiện")));
    complete(task(pi), withVariables("resources", "50 triệu đồng, 300 ngày công"));
    String review = task(pi).getId();

    assertRefused(() -> complete(task(pi), withVariables("decision", "RETURN",
        "missingItems", List.of("Thiếu lộ trình, mốc thời gian"))), "decision", "step.return-once");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewRegistration");
    assertThat(task(pi).getId()).as("the same task, still open").isEqualTo(review);
    assertThat(model.getStatus()).isEqualTo(ModelStatus.SUBMITTED);
    assertThat(model.getMissingItems()).doesNotContain("Thiếu lộ trình");
    assertThat(history).extracting(ModelDecision::getDecision).containsExactly("RETURN", "RESUBMIT");

    complete(task(pi), withVariables("decision", "REJECT", "rejectionReason", "Vẫn thiếu lộ trình thực hiện"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_Rejected");
  }

  @Test
  void aReturnThatNamesNothingMissingIsRefused() {
    ProcessInstance pi = startRegistration();

    assertRefused(() -> complete(task(pi), withVariables("decision", "RETURN", "missingItems", List.of(),
        "missingOther", "  ")), "missingItems", "step.missing-required");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewRegistration");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.SUBMITTED);
    assertThat(history).isEmpty();
  }

  @Test
  void aRejectionWithoutItsReasonIsRefused() {
    ProcessInstance pi = startRegistration();

    assertRefused(() -> complete(task(pi), withVariables("decision", "REJECT", "rejectionReason", " ")),
        "rejectionReason", "step.reason-required");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewRegistration");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.SUBMITTED);
    assertThat(history).isEmpty();
  }

  private ProcessInstance startRegistration() {
    Map<String, Object> variables = new java.util.HashMap<>(model.dossier().asVariables());
    variables.put("reviewerGroup", "ban-dan-van-huyen");
    variables.put("unitId", "xa-xuan-hong");
    variables.put("unitName", "Xã Xuân Hồng");
    return runtimeService().startProcessInstanceByKey(RegistrationProcess.KEY, "model:7", variables);
  }

  static RegistrationDossier dossier(String name) {
    return new RegistrationDossier(name, "Nhiều hộ chưa đồng thuận", "90% hộ đồng thuận", "Họp dân, vận động",
        "Thôn Hạ, 120 hộ", "Chi bộ, Hội Nông dân", "50 triệu đồng", "3/2026 - 12/2026", "Hoàn thành dồn thửa",
        "Nhân rộng ra các thôn");
  }
}
