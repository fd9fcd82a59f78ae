package vn.danvan.workflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.util.ReflectionTestUtils;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.support.ProcessTestEngine;
import vn.danvan.workflow.support.Saves;
import vn.danvan.workflow.support.TimeTravel;
import vn.danvan.workflow.support.VietnamClock;

/**
 * processes/yearly-campaign.bpmn: opened by hand or by its yearly timer, once a year; one evaluation per active
 * model, then one recognition round per level, then the stocktake. The called processes are stubs here (each
 * has its own test).
 */
@Deployment(resources = "processes/yearly-campaign.bpmn")
class YearlyCampaignProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private final CampaignRepository campaigns = mock(CampaignRepository.class);
  private final ModelRepository models = mock(ModelRepository.class);
  private final List<Integer> planned = new ArrayList<>();
  private final List<Campaign> opened = new ArrayList<>();
  private final List<String> stubs = new ArrayList<>();

  @BeforeEach
  void wireDelegates() {
    stubs.add(stub("model-evaluation", "Task_StubEvaluation"));
    stubs.add(stub("model-recognition", "Task_StubRecognition"));
    MobilizationModel hong = model(7L, "xa-xuan-hong");
    MobilizationModel tan = model(8L, "xa-xuan-tan");
    when(models.findByStatusInAndYearLessThanEqualOrderByIdAsc(any(), eq(2026))).thenReturn(List.of(hong, tan));
    when(campaigns.save(any())).thenAnswer(Saves.into(opened));
    when(campaigns.findByYear(anyInt())).thenAnswer(call -> opened.stream()
        .filter(c -> c.getYear() == (int) call.getArgument(0)).findFirst());
    Mocks.register("openCampaignDelegate", new OpenCampaignDelegate(campaigns, models));
    Mocks.register("closeCampaignDelegate", new CloseCampaignDelegate(campaigns));
    // planning the rounds has its own test (PlanRecognitionRoundsTest): here one round, id 11
    JavaDelegate planOneRound = execution -> {
      planned.add((Integer) execution.getVariable("year"));
      execution.setVariable("roundIds", FormOptions.ids(planned.get(0) == 2030 ? List.of() : List.of(11L)));
    };
    Mocks.register("planRecognitionRoundsDelegate", planOneRound);
  }

  @AfterEach
  void removeStubs() {
    stubs.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void openedByHandEvaluatesEveryActiveModelThenRecognisesByLevelThenTakesStock() {
    ProcessInstance pi = openByHand(2026);

    BpmnAwareTests.assertThat(pi).isWaitingAt("CallActivity_EvaluateModels");
    assertThat(opened).singleElement().satisfies(c -> {
      assertThat(c.getYear()).isEqualTo(2026);
      assertThat(c.getOpenedBy()).isEqualTo("reviewer");
      assertThat(c.getModelCount()).isEqualTo(2);
    });
    List<ProcessInstance> evaluationsStarted = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("model-evaluation").list();
    assertThat(evaluationsStarted).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("model:7", "model:8");
    assertThat(runtimeService().getVariable(evaluationsStarted.get(0).getId(), "year")).isEqualTo(2026);

    taskQuery().taskDefinitionKey("Task_StubEvaluation").list().forEach(task -> complete(task));
    BpmnAwareTests.assertThat(pi).isWaitingAt("CallActivity_EvaluateModels"); // each end is booked by a job
    runJobs();

    BpmnAwareTests.assertThat(pi).hasPassed("Task_PlanRecognitionRounds").isWaitingAt("CallActivity_RecogniseByLevel");
    ProcessInstance round = runtimeService().createProcessInstanceQuery().processDefinitionKey("model-recognition")
        .singleResult();
    assertThat(round.getBusinessKey()).isEqualTo("round:11");
    assertThat(runtimeService().getVariable(round.getId(), "roundId")).isEqualTo("11");
    assertThat(planned).containsExactly(2026);

    complete(taskQuery().taskDefinitionKey("Task_StubRecognition").singleResult());
    runJobs();
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_CloseCampaign", "End_CampaignClosed");
    assertThat(opened.get(0).getClosedAt()).isNotNull();
  }

  @Test
  void theTimerOpensTheCampaignOnTheFifteenthOfNovemberEveryYear() {
    ZoneId zone = VietnamClock.VIETNAM;
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 1, 8, 0).atZone(zone).toInstant()));
    Job timer = redeploy();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2026, 11, 15, 7, 0).atZone(zone).toInstant()));

    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());

    assertThat(opened).singleElement().satisfies(c -> {
      assertThat(c.getYear()).isEqualTo(2026);
      assertThat(c.getOpenedBy()).isNull();
    });
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("model-evaluation").count())
        .isEqualTo(2);
    Job next = engine.getManagementService().createJobQuery().timers().processDefinitionKey("yearly-campaign")
        .activityId("StartEvent_YearlyDate").singleResult();
    assertThat(next.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2027, 11, 15, 7, 0).atZone(zone).toInstant()));
  }

  @Test
  void aYearIsOpenedOnlyOnce() {
    when(campaigns.existsByYear(2026)).thenReturn(true);

    ProcessInstance pi = openByHand(2026);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_AlreadyOpen").hasNotPassed("CallActivity_EvaluateModels");
    verify(campaigns, never()).save(any());
  }

  @Test
  void aYearWithoutActiveModelsGoesStraightToItsStocktake() {
    when(models.findByStatusInAndYearLessThanEqualOrderByIdAsc(any(), eq(2030))).thenReturn(List.of());

    ProcessInstance pi = openByHand(2030);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_PlanRecognitionRounds", "End_CampaignClosed");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("model-evaluation").count()).isZero();
    assertThat(opened).singleElement().satisfies(c -> assertThat(c.getModelCount()).isZero());
  }

  /** Its 07:00 is Vietnam's whatever the server's zone: 00:00 UTC, not 07:00 UTC (14:00 in Việt Nam). */
  @ParameterizedTest(name = "JVM default zone {0}")
  @ValueSource(strings = {"UTC", "America/New_York", "Asia/Ho_Chi_Minh"})
  void theTimersSevenOClockIsVietnamsWhateverTheServersZone(String serverZone) {
    TimeZone before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
    try {
      VietnamClock.set("2026-03-01T08:00");
      Job timer = redeploy();
      assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-11-15T00:00:00Z"));

      ClockUtil.setCurrentTime(timer.getDuedate());
      engine.getManagementService().executeJob(timer.getId());
      assertThat(engine.getManagementService().createJobQuery().timers().processDefinitionKey("yearly-campaign")
          .activityId("StartEvent_YearlyDate").singleResult().getDuedate().toInstant())
          .isEqualTo(Instant.parse("2027-11-15T00:00:00Z"));
    } finally {
      TimeZone.setDefault(before);
    }
  }

  /** Deployed on any day that matters (support/TimeTravel), the timer waits for the next 15/11 07:00 in Việt Nam. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.danvan.workflow.support.TimeTravel#days")
  void onAnyDayTheTimerWaitsForTheNextFifteenthOfNovemberAndOpensThatYear(TimeTravel.Day day) {
    day.set();
    ZonedDateTime expected = LocalDateTime.of(day.date().getYear(), 11, 15, 7, 0).atZone(VietnamClock.VIETNAM);
    if (!expected.isAfter(day.zoned())) {
      expected = expected.plusYears(1);
    }

    Job timer = redeploy();

    assertThat(timer.getDuedate()).isEqualTo(Date.from(expected.toInstant()));
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());
    int year = expected.getYear();
    assertThat(opened).singleElement().satisfies(c -> assertThat(c.getYear()).isEqualTo(year));
  }

  /** Deploys the campaign again (its start timer is computed from the engine's clock) and returns that timer. */
  private Job redeploy() {
    engine.getRepositoryService().deleteDeployment(engine.getRepositoryService().createDeploymentQuery()
        .list().stream().filter(d -> !stubs.contains(d.getId())).findFirst().orElseThrow().getId(), true);
    stubs.add(engine.getRepositoryService().createDeployment()
        .addClasspathResource("processes/yearly-campaign.bpmn").deploy().getId());
    return engine.getManagementService().createJobQuery().timers().singleResult();
  }

  /** The asynchronous continuations (not the yearly timer), as the job executor would run them. */
  private static void runJobs() {
    List<Job> jobs;
    while (!(jobs = engine.getManagementService().createJobQuery().executable().messages().list()).isEmpty()) {
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private ProcessInstance openByHand(int year) {
    return runtimeService().createMessageCorrelation(CampaignProcess.OPENED_BY_HAND)
        .processInstanceBusinessKey(BusinessKey.campaign(year))
        .setVariable("year", year).setVariable("openedBy", "reviewer")
        .correlateStartMessage();
  }

  private String stub(String key, String taskId) {
    return engine.getRepositoryService().createDeployment()
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
            .startEvent().userTask(taskId).endEvent().done())
        .deploy().getId();
  }

  private static MobilizationModel model(long id, String unitId) {
    MobilizationModel model = new MobilizationModel(ModelKind.MODEL, unitId, Field.ECONOMY, 2026, "commune1");
    model.markRegistered();
    ReflectionTestUtils.setField(model, "id", id);
    return model;
  }
}
