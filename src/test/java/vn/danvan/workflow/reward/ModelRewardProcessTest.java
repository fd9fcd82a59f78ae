package vn.danvan.workflow.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.danvan.workflow.support.Refusals.assertRefused;
import static vn.danvan.workflow.support.VietnamClock.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
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
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.notification.Notification;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.NotificationRepository;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.organisation.Power;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.support.ProcessTestEngine;
import vn.danvan.workflow.support.Saves;
import vn.danvan.workflow.support.TestModels;
import vn.danvan.workflow.support.VietnamClock;

/**
 * Every path of processes/model-reward.bpmn with the real delegates and the real authority lookup over the
 * seed's tree: Giấy khen granted or refused by the district chair, a dossier returned once, refused by the
 * council, Bằng khen forwarded to the province with its result recorded. Limits are in working days: dossier
 * 10, council 5 and decision 7 (12 together, the top of the published 8 to 12 for a Giấy khen), the province's
 * result 40. Reminders (the follow-up after 20 included) come from the reminder policy
 * (reminder/ProcessRemindersTest).
 */
@Deployment(resources = {"processes/model-reward.bpmn", "processes/prepare-reward-dossier.form",
    "processes/review-reward-dossier.form", "processes/decide-reward.form", "processes/record-upper-decision.form"})
class ModelRewardProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private static final Instant START = Instant.parse("2027-01-04T02:00:00Z"); // Monday 09:00 in Hà Nội

  private final ModelRepository models = mock(ModelRepository.class);
  private final UnitRepository units = mock(UnitRepository.class);
  private final AuthorityRepository authorityRows = mock(AuthorityRepository.class);
  private final RewardProposalRepository proposals = mock(RewardProposalRepository.class);
  private final NotificationRepository notifications = mock(NotificationRepository.class);
  private final ModelDecisionRepository decisions = mock(ModelDecisionRepository.class);
  private final List<ModelDecision> history = new ArrayList<>();
  private final List<Object> published = new ArrayList<>();
  private MobilizationModel model;
  private RewardProposal proposal;

  @BeforeEach
  void wireDelegates() {
    ClockUtil.setCurrentTime(Date.from(START));
    model = TestModels.registered(7L, "Dân vận khéo trong dồn điền đổi thửa", "xa-xuan-hong");
    model.markRecognised();
    TestModels.findable(models, model);
    tree(new Unit("tinh-nam-dinh", "Tỉnh Nam Định", UnitKind.PROVINCE, null),
        new Unit("huyen-xuan-truong", "Huyện Xuân Trường", UnitKind.DISTRICT, "tinh-nam-dinh"),
        new Unit("xa-xuan-hong", "Xã Xuân Hồng", UnitKind.COMMUNE, "huyen-xuan-truong"));
    Authority giayKhen = new Authority("huyen-xuan-truong", "cấp huyện", Power.REWARD, "chu-tich-ubnd-huyen",
        "Chủ tịch UBND huyện").proposedBy("hoi-dong-tdkt-huyen", "Hội đồng Thi đua - Khen thưởng huyện")
        .grants("GIAY_KHEN", "Giấy khen của Chủ tịch UBND huyện");
    Authority bangKhen = new Authority("tinh-nam-dinh", "cấp tỉnh", Power.REWARD, "chu-tich-ubnd-tinh",
        "Chủ tịch UBND tỉnh").proposedBy("hoi-dong-tdkt-tinh", "Hội đồng Thi đua - Khen thưởng tỉnh")
        .grants("BANG_KHEN", "Bằng khen của Chủ tịch UBND tỉnh");
    ReflectionTestUtils.setField(giayKhen, "id", 3L);
    ReflectionTestUtils.setField(bangKhen, "id", 5L);
    when(authorityRows.findByAreaIdAndPowerOrderByIdAsc(any(), any())).thenReturn(List.of());
    when(authorityRows.findByAreaIdAndPowerOrderByIdAsc("huyen-xuan-truong", Power.REWARD))
        .thenReturn(List.of(giayKhen));
    when(authorityRows.findByAreaIdAndPowerOrderByIdAsc("tinh-nam-dinh", Power.REWARD))
        .thenReturn(List.of(bangKhen));
    when(proposals.save(any())).thenAnswer(call -> proposal = call.getArgument(0));
    when(proposals.of(any(DelegateExecution.class))).thenAnswer(call -> proposal);
    when(decisions.save(any())).thenAnswer(Saves.into(history));
    Authorities authorities = new Authorities(authorityRows, units);
    DecisionHistory decisionHistory = new DecisionHistory(decisions);
    Mocks.register("openRewardProposalDelegate", new OpenRewardProposalDelegate(models, units, authorities, proposals));
    Mocks.register("submitRewardDossierDelegate", new SubmitRewardDossierDelegate(proposals, decisionHistory));
    Mocks.register("returnRewardDossierDelegate", new ReturnRewardDossierDelegate(proposals, decisionHistory));
    Mocks.register("refuseRewardProposalDelegate", new RefuseRewardProposalDelegate(proposals, decisionHistory));
    Mocks.register("resolveRewardAuthorityDelegate",
        new ResolveRewardAuthorityDelegate(proposals, authorities, decisionHistory));
    Mocks.register("forwardRewardProposalDelegate",
        new ForwardRewardProposalDelegate(proposals, new Notifications(notifications), decisionHistory));
    Mocks.register("recordRewardDecisionDelegate", new RecordRewardDecisionDelegate(proposals, models, decisionHistory,
        new Notifications(notifications), published::add));
    Mocks.register("recordRewardRefusalDelegate", new RecordRewardRefusalDelegate(proposals, decisionHistory));
  }

  @Test
  void giayKhenIsWithinTheDistrictsPowersAndGrantedByTheChair() {
    ProcessInstance pi = startReward();
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PrepareRewardDossier");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("xa-xuan-hong");
    assertThat(task(pi).getDueDate()).isEqualTo(at("2027-01-18T09:00")); // 10 working days
    assertThat(runtimeService().getVariable(pi.getId(), "rewardFormOptions").toString())
        .contains("Giấy khen của Chủ tịch UBND huyện", "GIAY_KHEN", "Bằng khen của Chủ tịch UBND tỉnh");

    VietnamClock.set("2027-01-07T10:00");
    complete(task(pi), dossier());
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewRewardDossier");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("hoi-dong-tdkt-huyen");
    assertThat(task(pi).getDueDate()).isEqualTo(at("2027-01-14T10:00")); // 5 working days from Thursday

    VietnamClock.set("2027-01-11T15:00");
    complete(task(pi), withVariables("decision", "APPROVE", "rewardForm", "GIAY_KHEN",
        "councilNote", "Hội đồng nhất trí 7/7"));
    BpmnAwareTests.assertThat(pi).hasPassed("Task_ResolveRewardAuthority").isWaitingAt("Task_DecideReward")
        .hasNotPassed("Task_ForwardRewardProposal");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("chu-tich-ubnd-huyen");
    assertThat(task(pi).getDueDate()).isEqualTo(at("2027-01-20T15:00")); // 7 working days from Monday

    complete(task(pi), grant("2345/QĐ-UBND", "Trần Văn Chủ tịch"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_RecordRewardDecision", "End_Rewarded");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.REWARDED);
    assertThat(proposal.getStatus()).isEqualTo(RewardStatus.GRANTED);
    assertThat(proposal.getRewardForm()).isEqualTo("GIAY_KHEN");
    assertThat(proposal.getAuthorityTitle()).isEqualTo("Chủ tịch UBND huyện");
    assertThat(proposal.isForwarded()).isFalse();
    assertThat(proposal.getDecision().getDate()).isEqualTo(LocalDate.of(2027, 1, 12));
    assertThat(history).extracting(ModelDecision::getDecision).containsExactly("SUBMIT", "APPROVE", "REWARD");
    assertThat(history.get(2).getComment())
        .isEqualTo("Giấy khen của Chủ tịch UBND huyện – Quyết định số 2345/QĐ-UBND ngày 12/01/2027, "
            + "Trần Văn Chủ tịch ký");
    // the unit is told in the app, and the letter to it may go once this commits
    ArgumentCaptor<Notification> told = ArgumentCaptor.forClass(Notification.class);
    verify(notifications).save(told.capture());
    assertThat(told.getValue().getRecipientGroup()).isEqualTo("xa-xuan-hong");
    assertThat(told.getValue().getKind()).isEqualTo(NotificationKind.REWARDED);
    assertThat(told.getValue().getModelId()).isEqualTo(7L);
    assertThat(told.getValue().getMessage()).isEqualTo("Mô hình \"Dân vận khéo trong dồn điền đổi thửa\" được tặng "
        + "Giấy khen của Chủ tịch UBND huyện – Quyết định số 2345/QĐ-UBND ngày 12/01/2027, Trần Văn Chủ tịch ký");
    assertThat(published).containsExactly(new RewardGranted(null, 7L));
  }

  @Test
  void incompleteDossierIsReturnedOnceWithEverythingMissingThenGranted() {
    ProcessInstance pi = startReward();
    complete(task(pi), dossier());
    complete(task(pi), withVariables("decision", "RETURN",
        "missingItems", List.of("Thiếu biên bản họp xét của cấp cơ sở", "Thiếu minh chứng kết quả"),
        "missingOther", "Báo cáo thành tích cần xác nhận của Đảng ủy xã"));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_ReturnRewardDossier").isWaitingAt("Task_PrepareRewardDossier");
    assertThat(proposal.getStatus()).isEqualTo(RewardStatus.RETURNED);
    assertThat(proposal.getMissingItems()).contains("Thiếu biên bản họp xét", "Thiếu minh chứng kết quả",
        "xác nhận của Đảng ủy xã");
    assertThat(runtimeService().getVariable(pi.getId(), "missingText")).isEqualTo(proposal.getMissingItems());

    complete(task(pi), dossier());
    assertThat(runtimeService().getVariable(pi.getId(), "decision")).isNull();
    complete(task(pi), withVariables("decision", "APPROVE", "rewardForm", "GIAY_KHEN"));
    complete(task(pi), grant("2346/QĐ-UBND", "Trần Văn Chủ tịch"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_Rewarded");
    assertThat(history).extracting(ModelDecision::getDecision)
        .containsExactly("SUBMIT", "RETURN", "SUBMIT", "APPROVE", "REWARD");
  }

  @Test
  void aDossierReturnedOnceIsNotReturnedAgainButProposedOrRefused() {
    ProcessInstance pi = startReward();
    complete(task(pi), dossier());
    complete(task(pi), withVariables("decision", "RETURN", "missingItems", List.of("Thiếu minh chứng kết quả")));
    complete(task(pi), dossier());
    String review = task(pi).getId();

    assertRefused(() -> complete(task(pi), withVariables("decision", "RETURN",
        "missingOther", "Thiếu xác nhận của Đảng ủy xã")), "decision", "step.return-once");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewRewardDossier");
    assertThat(task(pi).getId()).as("the same task, still open").isEqualTo(review);
    assertThat(proposal.getStatus()).isEqualTo(RewardStatus.SUBMITTED);
    assertThat(history).extracting(ModelDecision::getDecision).containsExactly("SUBMIT", "RETURN", "SUBMIT");

    complete(task(pi), withVariables("decision", "APPROVE", "rewardForm", "GIAY_KHEN"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DecideReward");
  }

  @Test
  void aReturnThatNamesNothingMissingIsRefused() {
    ProcessInstance pi = startReward();
    complete(task(pi), dossier());

    assertRefused(() -> complete(task(pi), withVariables("decision", "RETURN")),
        "missingItems", "step.missing-required");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewRewardDossier");
    assertThat(proposal.getStatus()).isEqualTo(RewardStatus.SUBMITTED);
  }

  @Test
  void aCouncilRefusalWithoutItsReasonIsRefused() {
    ProcessInstance pi = startReward();
    complete(task(pi), dossier());

    assertRefused(() -> complete(task(pi), withVariables("decision", "REFUSE")),
        "refusalReason", "step.reason-required");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewRewardDossier");
    assertThat(proposal.getStatus()).isEqualTo(RewardStatus.SUBMITTED);
  }

  @Test
  void aChairsOrTheProvincesRefusalWithoutItsReasonIsRefused() {
    ProcessInstance chair = startReward();
    complete(task(chair), dossier());
    complete(task(chair), withVariables("decision", "APPROVE", "rewardForm", "GIAY_KHEN"));
    assertRefused(() -> complete(task(chair), withVariables("decision", "REFUSE", "rewardRefusalReason", "")),
        "rewardRefusalReason", "step.reason-required");
    BpmnAwareTests.assertThat(chair).isWaitingAt("Task_DecideReward");

    ProcessInstance province = startReward();
    complete(task(province), dossier());
    complete(task(province), withVariables("decision", "APPROVE", "rewardForm", "BANG_KHEN"));
    assertRefused(() -> complete(task(province), withVariables("decision", "REFUSE")),
        "rewardRefusalReason", "step.reason-required");
    BpmnAwareTests.assertThat(province).isWaitingAt("Task_RecordUpperDecision");
  }

  @Test
  void councilMayDeclineToProposeWithAReason() {
    ProcessInstance pi = startReward();
    complete(task(pi), dossier());
    complete(task(pi), withVariables("decision", "REFUSE",
        "refusalReason", "Mô hình đã được khen thưởng cùng hình thức năm trước"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_RefuseRewardProposal", "End_ProposalRefused");
    assertThat(proposal.getStatus()).isEqualTo(RewardStatus.REFUSED);
    assertThat(proposal.getRefusalReason()).isEqualTo("Mô hình đã được khen thưởng cùng hình thức năm trước");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.RECOGNISED);
  }

  @Test
  void chairMayRefuseTheGiayKhenWithAReason() {
    ProcessInstance pi = startReward();
    complete(task(pi), dossier());
    complete(task(pi), withVariables("decision", "APPROVE", "rewardForm", "GIAY_KHEN"));
    complete(task(pi), withVariables("decision", "REFUSE", "rewardRefusalReason", "Chưa đủ 2 năm duy trì"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_RecordRewardRefusal", "End_NotRewarded");
    assertThat(proposal.getStatus()).isEqualTo(RewardStatus.NOT_GRANTED);
    assertThat(model.getStatus()).isEqualTo(ModelStatus.RECOGNISED);
    assertThat(history).extracting(ModelDecision::getDecision).endsWith("NOT_GRANTED");
  }

  @Test
  void bangKhenIsBeyondTheDistrictSoItIsForwardedToTheProvinceAndItsResultRecorded() {
    ProcessInstance pi = startReward();
    complete(task(pi), dossier());
    complete(task(pi), withVariables("decision", "APPROVE", "rewardForm", "BANG_KHEN"));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_ForwardRewardProposal").hasNotPassed("Task_DecideReward")
        .isWaitingAt("Task_RecordUpperDecision");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("chu-tich-ubnd-tinh").hasCandidateGroup("hoi-dong-tdkt-huyen");
    assertThat(proposal.getStatus()).isEqualTo(RewardStatus.FORWARDED);
    assertThat(proposal.isForwarded()).isTrue();
    assertThat(proposal.getAuthorityLevel()).isEqualTo("cấp tỉnh");
    ArgumentCaptor<Notification> told = ArgumentCaptor.forClass(Notification.class);
    verify(notifications).save(told.capture());
    assertThat(told.getValue().getRecipientGroup()).isEqualTo("chu-tich-ubnd-tinh");
    assertThat(told.getValue().getMessage()).contains("Bằng khen của Chủ tịch UBND tỉnh");

    complete(task(pi), grant("1234/QĐ-UBND", "Chủ tịch UBND tỉnh Nam Định"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_Rewarded");
    assertThat(model.getStatus()).isEqualTo(ModelStatus.REWARDED);
    assertThat(proposal.getRewardFormName()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
    assertThat(history).extracting(ModelDecision::getDecision).containsExactly("SUBMIT", "APPROVE", "FORWARD", "REWARD");
  }

  @Test
  void provinceDecliningTheBangKhenIsRecordedToo() {
    ProcessInstance pi = startReward();
    complete(task(pi), dossier());
    complete(task(pi), withVariables("decision", "APPROVE", "rewardForm", "BANG_KHEN"));
    complete(task(pi), withVariables("decision", "REFUSE", "rewardRefusalReason", "Tỉnh chỉ tặng Giấy khen"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_NotRewarded");
    assertThat(proposal.getStatus()).isEqualTo(RewardStatus.NOT_GRANTED);
    assertThat(proposal.getRefusalReason()).isEqualTo("Tỉnh chỉ tặng Giấy khen");
  }

  @Test
  void aDossierSentJustBeforeTetIsDueOnlyAfterTheHoliday() {
    VietnamClock.set("2026-02-02T09:00");
    ProcessInstance pi = startReward();
    VietnamClock.set("2026-02-12T10:00"); // Thursday; Tết Bính Ngọ is Monday 16/2 to Friday 20/2/2026
    complete(task(pi), dossier());

    // 5 working days: Friday 13/2, then (Tết and two weekends) Monday 23, Tuesday 24, Wednesday 25, Thursday 26/2
    assertThat(task(pi).getDueDate()).isEqualTo(at("2026-02-26T10:00"));

    VietnamClock.set("2026-02-25T10:00");
    complete(task(pi), withVariables("decision", "APPROVE", "rewardForm", "GIAY_KHEN"));
    assertThat(task(pi).getDueDate()).isEqualTo(at("2026-03-06T10:00")); // 7 working days
  }

  private ProcessInstance startReward() {
    return runtimeService().startProcessInstanceByKey(RewardProcess.KEY, "model:7",
        Map.of("year", 2026, "areaId", "huyen-xuan-truong"));
  }

  private static Map<String, Object> dossier() {
    return withVariables("letterNumber", "15/TTr-UBND", "achievements", "120 hộ đồng thuận dồn điền đổi thửa");
  }

  private static Map<String, Object> grant(String number, String signer) {
    return withVariables("decision", "GRANT", "decisionNumber", number, "decisionDate", "2027-01-12",
        "signer", signer);
  }

  private void tree(Unit... all) {
    for (Unit unit : all) {
      when(units.findById(unit.getId())).thenReturn(Optional.of(unit));
    }
  }
}
