package vn.danvan.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.danvan.workflow.support.Refusals.assertRefused;
import static vn.danvan.workflow.support.VietnamClock.at;
import static vn.danvan.workflow.support.VietnamClock.dueTimers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.support.ProcessTestEngine;
import vn.danvan.workflow.support.Saves;
import vn.danvan.workflow.support.TestModels;
import vn.danvan.workflow.support.VietnamClock;

/**
 * Every path of processes/model-evaluation.bpmn with the real delegates and the real rating table: rated and
 * kept, returned once, reviewed and kept, removed, the unit's deadline. Reminders come from the reminder policy
 * (reminder/ProcessRemindersTest).
 * Deadlines are in working days; the campaign opens on Monday 16/11/2026 at 08:00 in Hà Nội.
 */
@Deployment(resources = {"processes/model-evaluation.bpmn", "processes/model-rating.dmn",
    "processes/self-assess-model.form", "processes/adjust-evaluation.form", "processes/review-continuation.form"})
class ModelEvaluationProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private static final Instant START = Instant.parse("2026-11-16T01:00:00Z");

  private final ModelRepository models = mock(ModelRepository.class);
  private final UnitRepository units = mock(UnitRepository.class);
  private final Authorities authorities = mock(Authorities.class);
  private final EvaluationRepository evaluations = mock(EvaluationRepository.class);
  private final ModelDecisionRepository decisions = mock(ModelDecisionRepository.class);
  private final List<ModelDecision> history = new ArrayList<>();
  private MobilizationModel model;
  private Evaluation evaluation;

  @BeforeEach
  void wireDelegates() {
    ClockUtil.setCurrentTime(Date.from(START));
    model = TestModels.registered(7L, "Dân vận khéo trong dồn điền đổi thửa", "xa-xuan-hong");
    TestModels.findable(models, model);
    when(units.findById("xa-xuan-hong")).thenReturn(Optional.of(
        new Unit("xa-xuan-hong", "Xã Xuân Hồng", UnitKind.COMMUNE, "huyen-xuan-truong")
            .reviewedBy("ban-dan-van-huyen")));
    when(authorities.evaluators("xa-xuan-hong"))
        .thenReturn(new LinkedHashSet<>(List.of("ban-dan-van-huyen", "uv-phu-trach-xa-xuan-hong")));
    when(evaluations.save(any())).thenAnswer(call -> evaluation = call.getArgument(0));
    when(evaluations.of(any(DelegateExecution.class))).thenAnswer(call -> evaluation);
    when(decisions.save(any())).thenAnswer(Saves.into(history));
    DecisionHistory decisionHistory = new DecisionHistory(decisions);
    Mocks.register("openEvaluationDelegate", new OpenEvaluationDelegate(models, units, authorities, evaluations));
    Mocks.register("recordSelfAssessmentDelegate", new RecordSelfAssessmentDelegate(evaluations, decisionHistory));
    Mocks.register("returnSelfAssessmentDelegate", new ReturnSelfAssessmentDelegate(evaluations, decisionHistory));
    Mocks.register("markSelfAssessmentLateDelegate",
        new MarkSelfAssessmentLateDelegate(evaluations, decisionHistory));
    Mocks.register("recordAdjustmentDelegate", new RecordAdjustmentDelegate(evaluations, decisionHistory));
    Mocks.register("recordRatingDelegate", new RecordRatingDelegate(evaluations, decisionHistory));
    Mocks.register("keepModelDelegate", new KeepModelDelegate(models, evaluations, decisionHistory));
    Mocks.register("removeModelDelegate", new RemoveModelDelegate(models, evaluations, decisionHistory));
  }

  @Test
  void unitSelfAssessesReviewerAdjustsAndAnExcellentModelIsKeptWithoutReview() {
    ProcessInstance pi = startEvaluation();
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_SelfAssess");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("xa-xuan-hong");
    assertThat(task(pi).getDueDate()).isEqualTo(at("2026-11-30T08:00")); // 10 working days: two weeks

    VietnamClock.set("2026-11-27T14:00");
    complete(task(pi), selfScores(9, 9, 10, 9));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AdjustScores");
    assertThat(task(pi).getDueDate()).isEqualTo(at("2026-12-08T14:00")); // 7 working days from Friday
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("ban-dan-van-huyen")
        .hasCandidateGroup("uv-phu-trach-xa-xuan-hong");
    assertThat(runtimeService().getVariable(pi.getId(), "selfConsensus")).isEqualTo(10);

    complete(task(pi), adjusted(10, 9, 10, 9, 8)); // 20 + 27 + 20 + 18 + 8 = 93

    BpmnAwareTests.assertThat(pi).hasPassed("Task_RateModel", "Task_RecordRating", "Task_KeepModel")
        .hasNotPassed("Task_ReviewContinuation").isEnded().hasPassed("End_Kept");
    assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.KEPT);
    assertThat(evaluation.getRating()).isEqualTo("XUAT_SAC");
    assertThat(evaluation.getScore()).isEqualByComparingTo("93");
    assertThat(evaluation.isRecognisable()).isTrue();
    assertThat(evaluation.getSelfScores()).isEqualTo(new Scores(9, 9, 10, 9));
    assertThat(evaluation.getScores()).isEqualTo(new Scores(10, 9, 10, 9));
    assertThat(evaluation.getAdjustReason()).isEqualTo("Minh chứng đầy đủ, được Nhân dân đồng tình");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.EVALUATED);
    assertThat(history).extracting(ModelDecision::getDecision)
        .containsExactly("SELF_ASSESS", "ADJUST", "RATE", "KEEP");
    assertThat(history.get(2).getComment()).isEqualTo("Xuất sắc – 93 điểm");
  }

  @Test
  void incompleteSelfAssessmentIsReturnedOnceWithEverythingMissingThenRated() {
    ProcessInstance pi = startEvaluation();
    complete(task(pi), selfScores(8, 8, 8, 8));
    complete(task(pi), withVariables("decision", "RETURN",
        "missingItems", List.of("Thiếu minh chứng kết quả (ảnh, số liệu, biên bản)"),
        "missingOther", "Gửi biên bản họp thôn"));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_ReturnSelfAssessment").isWaitingAt("Task_SelfAssess");
    assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.RETURNED);
    assertThat(evaluation.getMissingItems()).contains("Thiếu minh chứng kết quả", "Gửi biên bản họp thôn");
    assertThat(runtimeService().getVariable(pi.getId(), "missingText")).isEqualTo(evaluation.getMissingItems());
    assertThat(runtimeService().getVariable(pi.getId(), "decision")).isNull();

    complete(task(pi), selfScores(8, 8, 8, 8));
    complete(task(pi), adjusted(8, 8, 8, 8, 3)); // 72 + 3 = 75

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_Kept");
    assertThat(evaluation.getRating()).isEqualTo("TOT");
    assertThat(history).extracting(ModelDecision::getDecision)
        .containsExactly("SELF_ASSESS", "RETURN", "SELF_ASSESS", "ADJUST", "RATE", "KEEP");
  }

  @Test
  void aSelfAssessmentReturnedOnceIsNotReturnedAgain() {
    ProcessInstance pi = startEvaluation();
    complete(task(pi), selfScores(8, 8, 8, 8));
    complete(task(pi), withVariables("decision", "RETURN", "missingOther", "Gửi biên bản họp thôn"));
    complete(task(pi), selfScores(8, 8, 8, 8));
    String review = task(pi).getId();

    assertRefused(() -> complete(task(pi), withVariables("decision", "RETURN",
        "missingItems", List.of("Thiếu minh chứng kết quả (ảnh, số liệu, biên bản)"))),
        "decision", "step.return-once");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AdjustScores");
    assertThat(task(pi).getId()).as("the same task, still open").isEqualTo(review);
    assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.SELF_ASSESSED);
    assertThat(history).extracting(ModelDecision::getDecision).containsExactly("SELF_ASSESS", "RETURN", "SELF_ASSESS");

    complete(task(pi), adjusted(8, 8, 8, 8, 3));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_Kept");
  }

  @Test
  void aReturnThatNamesNothingMissingIsRefused() {
    ProcessInstance pi = startEvaluation();
    complete(task(pi), selfScores(8, 8, 8, 8));

    assertRefused(() -> complete(task(pi), withVariables("decision", "RETURN", "missingItems", List.of())),
        "missingItems", "step.missing-required");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AdjustScores");
    assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.SELF_ASSESSED);
  }

  @Test
  void aRemovalWithoutItsReasonIsRefused() {
    ProcessInstance pi = startEvaluation();
    complete(task(pi), selfScores(4, 4, 4, 4));
    complete(task(pi), adjusted(3, 3, 3, 3, 0));

    assertRefused(() -> complete(task(pi), withVariables("decision", "REMOVE")),
        "removalReason", "step.reason-required");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewContinuation");
    assertThat(model.getStatus()).isNotEqualTo(ModelStatus.REMOVED);
    assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.RATED);
  }

  @Test
  void notAchievedModelIsReviewedAndKeptForAnotherYear() {
    ProcessInstance pi = startEvaluation();
    complete(task(pi), selfScores(6, 6, 6, 6));
    VietnamClock.set("2026-12-04T10:00");
    complete(task(pi), adjusted(5, 5, 5, 5, 0)); // 45

    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewContinuation");
    assertThat(task(pi).getDueDate()).isEqualTo(at("2026-12-15T10:00")); // 7 working days from Friday 4/12
    assertThat(evaluation.getRating()).isEqualTo("CHUA_DAT");
    assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.RATED);
    complete(task(pi), withVariables("decision", "KEEP", "continuationNote", "Tiếp tục xây dựng năm 2027"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_KeepModel", "End_Kept");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.EVALUATED);
    assertThat(evaluation.isRecognisable()).isFalse();
    assertThat(history.get(history.size() - 1).getComment()).isEqualTo("Tiếp tục xây dựng năm 2027");
  }

  @Test
  void notAchievedModelIsRemovedWithItsReason() {
    ProcessInstance pi = startEvaluation();
    complete(task(pi), selfScores(4, 4, 4, 4));
    complete(task(pi), adjusted(3, 3, 3, 3, 0));
    complete(task(pi), withVariables("decision", "REMOVE",
        "removalReason", "Mô hình không còn duy trì hoạt động"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_RemoveModel", "End_Removed").hasNotPassed("End_Kept");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.REMOVED);
    assertThat(model.getRemovalReason()).isEqualTo("Mô hình không còn duy trì hoạt động");
    assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.REMOVED);
    assertThat(history).extracting(ModelDecision::getDecision).endsWith("RATE", "REMOVE");
  }

  @Test
  void whenTheUnitMissesItsDeadlineTheReviewerScoresAlone() {
    ProcessInstance pi = startEvaluation();
    // three working days after the due date of Monday 30/11
    assertThat(job("Timer_SelfAssessDeadline", pi).getDuedate()).isEqualTo(at("2026-12-03T08:00"));
    VietnamClock.set("2026-12-03T08:00");
    assertThat(dueTimers(pi)).containsExactly("Timer_SelfAssessDeadline");

    execute(job("Timer_SelfAssessDeadline", pi));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_MarkLate").hasNotPassed("Task_RecordSelfAssessment")
        .isWaitingAt("Task_AdjustScores");
    assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.LATE);
    assertThat((String) runtimeService().getVariable(pi.getId(), "lateNote")).contains("không tự đánh giá");
    complete(task(pi), adjusted(7, 7, 7, 7, 0)); // 63
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_Kept");
    assertThat(evaluation.getRating()).isEqualTo("KHA");
    assertThat(evaluation.getSelfScores()).isNull();
  }

  @Test
  void aNewVersionOfTheRatingTableRatesTheNextModelWithoutCodeChange() throws IOException {
    String stricter;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/model-rating.dmn")) {
      stricter = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("&gt;= 90", "&gt;= 95")
          .replace("[75..90[", "[75..95[");
    }
    String deployment = engine.getRepositoryService().createDeployment()
        .addString("model-rating.dmn", stricter).deploy().getId();
    try {
      ProcessInstance pi = startEvaluation();
      complete(task(pi), selfScores(9, 9, 10, 9));
      complete(task(pi), adjusted(10, 9, 10, 9, 8)); // 93: Xuất sắc before, Tốt now
      assertThat(evaluation.getRating()).isEqualTo("TOT");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  private ProcessInstance startEvaluation() {
    return runtimeService().startProcessInstanceByKey(EvaluationProcess.KEY, "model:7", Map.of("year", 2026));
  }

  private static Map<String, Object> selfScores(int creativity, int effectiveness, int consensus, int sustainability) {
    return withVariables("creativity", creativity, "effectiveness", effectiveness, "consensus", consensus,
        "sustainability", sustainability, "selfNote", "120 hộ tham gia, 95% đồng thuận");
  }

  private static Map<String, Object> adjusted(int creativity, int effectiveness, int consensus, int sustainability,
      int bonus) {
    return withVariables("decision", "ACCEPT", "creativity", creativity, "effectiveness", effectiveness,
        "consensus", consensus, "sustainability", sustainability, "bonus", bonus,
        "adjustReason", "Minh chứng đầy đủ, được Nhân dân đồng tình");
  }
}
