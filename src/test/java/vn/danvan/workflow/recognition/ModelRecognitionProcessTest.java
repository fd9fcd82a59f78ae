package vn.danvan.workflow.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.danvan.workflow.support.Refusals.assertRefused;
import static vn.danvan.workflow.support.VietnamClock.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.util.ReflectionTestUtils;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.Power;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.support.ProcessTestEngine;
import vn.danvan.workflow.support.Saves;
import vn.danvan.workflow.support.TestModels;
import vn.danvan.workflow.support.VietnamClock;

/**
 * Every path of processes/model-recognition.bpmn with the real delegates: recognised, outstanding publicised,
 * rewarded (model-reward is called per outstanding model) and followed for replication; returned once; rejected.
 * Each step is due in working days (10, publicity 20), counted across the New Year holiday.
 */
@Deployment(resources = {"processes/model-recognition.bpmn", "processes/propose-recognition.form",
    "processes/decide-recognition.form", "processes/select-outstanding.form", "processes/publicize-outstanding.form",
    "processes/track-replication.form"})
class ModelRecognitionProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private final RecognitionRoundRepository rounds = mock(RecognitionRoundRepository.class);
  private final RecognitionCandidateRepository candidates = mock(RecognitionCandidateRepository.class);
  private final ModelRepository models = mock(ModelRepository.class);
  private final UnitRepository units = mock(UnitRepository.class);
  private final UnitDirectory directory = mock(UnitDirectory.class);
  private final PublicityRepository publicity = mock(PublicityRepository.class);
  private final ReplicationRepository replications = mock(ReplicationRepository.class);
  private final ModelDecisionRepository decisions = mock(ModelDecisionRepository.class);
  private final List<ModelDecision> history = new ArrayList<>();
  private final List<Publicity> published = new ArrayList<>();
  private final List<Replication> replicated = new ArrayList<>();
  private RecognitionRound round;
  private MobilizationModel hong;
  private MobilizationModel tan;
  private String rewardDeployment;

  @BeforeEach
  void wireDelegates() {
    rewardDeployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("model-reward.bpmn", Bpmn.createExecutableProcess("model-reward").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_StubReward").endEvent().done())
        .deploy().getId();
    round = new RecognitionRound(2026, new Authority("huyen-xuan-truong", "cấp huyện", Power.RECOGNISE,
        "ban-thuong-vu-huyen", "Ban Thường vụ Huyện ủy").proposedBy("ban-dan-van-huyen", "Ban Chỉ đạo")
        .publicisedBy("ban-tuyen-giao-huyen"));
    ReflectionTestUtils.setField(round, "id", 1L);
    hong = model(7L, "Dân vận khéo trong dồn điền đổi thửa", "xa-xuan-hong");
    tan = model(8L, "Tổ hòa giải ở cơ sở", "xa-xuan-tan");
    List<RecognitionCandidate> listed = List.of(
        new RecognitionCandidate(1L, 7L, new BigDecimal("93"), "Xuất sắc"),
        new RecognitionCandidate(1L, 8L, new BigDecimal("80"), "Tốt"));
    when(rounds.of(any())).thenReturn(round);
    when(candidates.findByRoundIdOrderByModelIdAsc(1L)).thenReturn(listed);
    when(models.findById(7L)).thenReturn(Optional.of(hong));
    when(models.findById(8L)).thenReturn(Optional.of(tan));
    when(models.findAllById(any())).thenReturn(List.of(hong, tan));
    Unit district = new Unit("huyen-xuan-truong", "Huyện Xuân Trường", UnitKind.DISTRICT, "tinh-nam-dinh");
    Unit xuanHong = new Unit("xa-xuan-hong", "Xã Xuân Hồng", UnitKind.COMMUNE, "huyen-xuan-truong");
    Unit xuanTan = new Unit("xa-xuan-tan", "Xã Xuân Tân", UnitKind.COMMUNE, "huyen-xuan-truong");
    when(units.findById("huyen-xuan-truong")).thenReturn(Optional.of(district));
    when(units.findById("xa-xuan-tan")).thenReturn(Optional.of(xuanTan));
    when(units.findAllById(anyCollection())).thenReturn(List.of(district, xuanHong, xuanTan));
    when(directory.visibleUnitIds(List.of("huyen-xuan-truong")))
        .thenReturn(Set.of("huyen-xuan-truong", "xa-xuan-hong", "xa-xuan-tan"));
    when(publicity.save(any())).thenAnswer(Saves.into(published));
    when(replications.save(any())).thenAnswer(Saves.into(replicated));
    when(decisions.save(any())).thenAnswer(Saves.into(history));
    DecisionHistory decisionHistory = new DecisionHistory(decisions);
    RoundModels roundModels = new RoundModels(models, units);
    Mocks.register("openRecognitionRoundDelegate",
        new OpenRecognitionRoundDelegate(rounds, candidates, roundModels, units));
    Mocks.register("recordRecognitionProposalDelegate",
        new RecordRecognitionProposalDelegate(rounds, candidates, roundModels, decisionHistory));
    Mocks.register("returnRecognitionProposalDelegate",
        new ReturnRecognitionProposalDelegate(rounds, new ProposalAnswers(candidates, decisionHistory)));
    Mocks.register("rejectRecognitionProposalDelegate",
        new RejectRecognitionProposalDelegate(rounds, new ProposalAnswers(candidates, decisionHistory)));
    Mocks.register("recordRecognitionDecisionDelegate",
        new RecordRecognitionDecisionDelegate(rounds, candidates, models, roundModels, decisionHistory));
    Mocks.register("selectOutstandingModelsDelegate", new SelectOutstandingModelsDelegate(rounds, candidates,
        roundModels, directory, units, decisionHistory));
    Mocks.register("recordPublicityDelegate", new RecordPublicityDelegate(publicity, decisionHistory));
    Mocks.register("recordReplicationDelegate", new RecordReplicationDelegate(replications, units, decisionHistory));
  }

  @AfterEach
  void removeRewardStub() {
    engine.getRepositoryService().deleteDeployment(rewardDeployment, true);
  }

  @Test
  void recognisedListsOutstandingModelIsPublicisedProposedForRewardAndFollowedForReplication() {
    VietnamClock.set("2026-12-07T09:00");
    ProcessInstance pi = startRound();
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ProposeRecognition");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("ban-dan-van-huyen");
    assertThat(task(pi).getDueDate()).isEqualTo(at("2026-12-21T09:00")); // 10 working days
    assertThat(runtimeService().getVariable(pi.getId(), "candidatesText").toString())
        .contains("Dân vận khéo trong dồn điền đổi thửa – Xã Xuân Hồng (Xuất sắc, 93 điểm)");

    VietnamClock.set("2026-12-10T15:00");
    complete(task(pi), proposal(List.of("7", "8")));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DecideRecognition");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("ban-thuong-vu-huyen");
    assertThat(task(pi).getDueDate()).isEqualTo(at("2026-12-24T15:00"));
    assertThat(round.getStatus()).isEqualTo(RoundStatus.PROPOSED);
    assertThat(round.getMinutesDate()).isEqualTo(LocalDate.of(2026, 12, 10));

    VietnamClock.set("2026-12-21T10:00");
    complete(task(pi), approval(List.of("7", "8")));
    assertThat(round.getStatus()).isEqualTo(RoundStatus.DECIDED);
    assertThat(round.getDecision().getNumber()).isEqualTo("125-QĐ/HU");
    assertThat(round.getDecision().getSigner()).isEqualTo("Phạm Minh Tuấn");
    assertThat(hong.getStatus()).isEqualTo(ModelStatus.RECOGNISED);
    assertThat(tan.getStatus()).isEqualTo(ModelStatus.RECOGNISED);
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_SelectOutstanding");
    // 10 working days from Monday 21/12/2026, without 1/1/2027: Tuesday 5/1/2027
    assertThat(task(pi).getDueDate()).isEqualTo(at("2027-01-05T10:00"));

    VietnamClock.set("2026-12-23T09:00");
    complete(task(pi), withVariables("outstandingModels", List.of("7"), "outstandingNote", "Cách làm sáng tạo"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PublicizeOutstanding", "Task_TrackReplication",
        "CallActivity_RewardOutstanding");
    ProcessInstance reward = runtimeService().createProcessInstanceQuery().processDefinitionKey("model-reward")
        .singleResult();
    assertThat(reward.getBusinessKey()).isEqualTo("model:7");
    assertThat(runtimeService().getVariables(reward.getId()))
        .containsEntry("year", 2026).containsEntry("areaId", "huyen-xuan-truong");
    assertThat(task("Task_PublicizeOutstanding", pi).getId()).isNotNull();
    BpmnAwareTests.assertThat(task("Task_PublicizeOutstanding", pi)).hasCandidateGroup("ban-tuyen-giao-huyen");
    assertThat(task("Task_PublicizeOutstanding", pi).getDueDate()).isEqualTo(at("2027-01-21T09:00")); // 20
    assertThat(task("Task_TrackReplication", pi).getDueDate()).isNull(); // ongoing, no deadline

    complete(task("Task_PublicizeOutstanding", pi), withVariables("channel", "Đài phát thanh, truyền thanh",
        "publicationTitle", "Xuân Hồng dân vận khéo", "publishedOn", "2026-12-28",
        "publicationLink", "https://xuantruong.namdinh.gov.vn/tin/1"));
    assertThat(published).singleElement().satisfies(p -> {
      assertThat(p.getModelId()).isEqualTo(7L);
      assertThat(p.getPublishedOn()).isEqualTo(LocalDate.of(2026, 12, 28));
    });

    complete(task("Task_TrackReplication", pi), withVariables("replicatedModel", "7",
        "adoptingUnits", List.of("xa-xuan-tan"), "adoptedOn", "2027-01-15", "recordMore", true));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_TrackReplication");
    assertThat(runtimeService().getVariable(pi.getId(), "adoptingUnits")).isNull();
    complete(task("Task_TrackReplication", pi), withVariables("recordMore", false));
    assertThat(replicated).singleElement().satisfies(r -> {
      assertThat(r.getAdoptingUnitId()).isEqualTo("xa-xuan-tan");
      assertThat(r.getAdoptedOn()).isEqualTo(LocalDate.of(2027, 1, 15));
    });

    complete(taskQuery().processInstanceId(reward.getId()).singleResult());
    BpmnAwareTests.assertThat(pi).isNotEnded(); // the branches meet through jobs (concurrent completions)
    runJobs();
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_FollowedUp");
    assertThat(history).filteredOn(d -> d.getModelId() == 7L).extracting(ModelDecision::getDecision)
        .containsExactly("PROPOSE", "RECOGNISE", "SELECT_OUTSTANDING", "PUBLICISE", "REPLICATE");
    // the diagram's step names; a round's steps also name its level
    assertThat(history).filteredOn(d -> d.getModelId() == 7L).extracting(ModelDecision::getStepName)
        .startsWith("Đề nghị danh sách công nhận – cấp huyện", "Xét, quyết định công nhận – cấp huyện")
        .endsWith("Lựa chọn mô hình tiêu biểu", "Tuyên truyền mô hình tiêu biểu", "Theo dõi nhân rộng");
    assertThat(history).filteredOn(d -> d.getModelId() == 8L).extracting(ModelDecision::getDecision)
        .containsExactly("PROPOSE", "RECOGNISE");
  }

  @Test
  void returnedListGoesBackToTheSteeringCommitteeWithTheReasonThenIsRecognised() {
    ProcessInstance pi = startRound();
    complete(task(pi), proposal(List.of("7")));
    complete(task(pi), withVariables("decision", "RETURN",
        "returnReason", "Bổ sung ý kiến của Mặt trận Tổ quốc"));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_ReturnRecognitionProposal").isWaitingAt("Task_ProposeRecognition");
    assertThat(round.getStatus()).isEqualTo(RoundStatus.RETURNED);
    assertThat(round.getReturnReason()).isEqualTo("Bổ sung ý kiến của Mặt trận Tổ quốc");
    assertThat(runtimeService().getVariable(pi.getId(), "decision")).isNull();

    complete(task(pi), proposal(List.of("7", "8")));
    complete(task(pi), approval(List.of("7", "8")));
    complete(task(pi), withVariables("outstandingModels", List.of()));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_Recognised").hasNotPassed("Gateway_SplitFollowUp");
    assertThat(history).filteredOn(d -> d.getModelId() == 7L).extracting(ModelDecision::getDecision)
        .containsExactly("PROPOSE", "RETURN", "PROPOSE", "RECOGNISE");
  }

  @Test
  void rejectedListRecognisesNoneAndKeepsTheReason() {
    ProcessInstance pi = startRound();
    complete(task(pi), proposal(List.of("7", "8")));
    complete(task(pi), withVariables("decision", "REJECT",
        "rejectionReason", "Chưa đủ thời gian kiểm chứng hiệu quả"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_RejectRecognitionProposal", "End_NotRecognised");
    assertThat(round.getStatus()).isEqualTo(RoundStatus.REJECTED);
    assertThat(hong.getStatus()).isEqualTo(ModelStatus.EVALUATED);
    assertThat(candidates.findByRoundIdOrderByModelIdAsc(1L)).extracting(RecognitionCandidate::getStatus)
        .containsOnly(CandidateStatus.NOT_RECOGNISED);
    assertThat(history).extracting(ModelDecision::getDecision).endsWith("REJECT", "REJECT");
  }

  @Test
  void aReturnOrARejectionWithoutItsReasonIsRefused() {
    ProcessInstance pi = startRound();
    complete(task(pi), proposal(List.of("7", "8")));

    assertRefused(() -> complete(task(pi), withVariables("decision", "RETURN")),
        "returnReason", "step.reason-required");
    assertRefused(() -> complete(task(pi), withVariables("decision", "REJECT", "rejectionReason", " ")),
        "rejectionReason", "step.reason-required");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DecideRecognition");
    assertThat(round.getStatus()).isEqualTo(RoundStatus.PROPOSED);
    assertThat(candidates.findByRoundIdOrderByModelIdAsc(1L)).extracting(RecognitionCandidate::getStatus)
        .containsOnly(CandidateStatus.PROPOSED);
  }

  @Test
  void onlyTheModelsTheBodyTicksAreRecognisedEvenFromTasklistJson() {
    ProcessInstance pi = startRound();
    complete(task(pi), withVariables("proposedModels", SpinValues.jsonValue("[\"7\",\"8\"]").create(),
        "minutesNumber", "03/BB-BCĐ", "minutesDate", "2026-12-10"));
    complete(task(pi), withVariables("decision", "APPROVE",
        "recognisedModels", SpinValues.jsonValue("[\"8\"]").create(), "decisionNumber", "126-QĐ/HU",
        "decisionDate", "2026-12-20", "signer", "Phạm Minh Tuấn"));

    assertThat(tan.getStatus()).isEqualTo(ModelStatus.RECOGNISED);
    assertThat(hong.getStatus()).isEqualTo(ModelStatus.EVALUATED);
    assertThat(history).filteredOn(d -> d.getModelId() == 7L).extracting(ModelDecision::getDecision)
        .containsExactly("PROPOSE", "NOT_RECOGNISED");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_SelectOutstanding");
  }

  private static void runJobs() {
    List<org.camunda.bpm.engine.runtime.Job> jobs;
    while (!(jobs = engine.getManagementService().createJobQuery().executable().messages().list()).isEmpty()) {
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private ProcessInstance startRound() {
    return runtimeService().startProcessInstanceByKey(RecognitionProcess.KEY, BusinessKey.round(1),
        Map.of("roundId", "1", "year", 2026));
  }

  private static Map<String, Object> proposal(List<String> modelIds) {
    return withVariables("proposedModels", modelIds, "minutesNumber", "03/BB-BCĐ", "minutesDate", "2026-12-10",
        "proposalNote", "Đủ điều kiện công nhận");
  }

  private static Map<String, Object> approval(List<String> modelIds) {
    return withVariables("decision", "APPROVE", "recognisedModels", modelIds,
        "decisionNumber", "125-QĐ/HU", "decisionDate", "2026-12-20", "signer", "Phạm Minh Tuấn");
  }

  private static MobilizationModel model(long id, String name, String unitId) {
    MobilizationModel model = TestModels.registered(id, name, unitId);
    model.markEvaluated();
    return model;
  }
}
