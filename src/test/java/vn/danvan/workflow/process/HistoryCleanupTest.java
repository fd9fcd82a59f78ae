package vn.danvan.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.registration.RegistrationProcess;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.support.VietnamClock;

/**
 * History cleanup as configured in application.yaml: at night in Vietnam, and it really deletes the history of
 * an instance whose time to live has passed, while a running instance and our own registry keep theirs.
 */
class HistoryCleanupTest extends ServiceOnH2 {

  private static final int TIME_TO_LIVE_DAYS = 1825;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ProcessEngineConfigurationImpl engine;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  RepositoryService repository;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void cleanupRunsAtNightInVietnamOneJobAtATime() {
    assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(engine.getHistoryCleanupBatchSize()).isEqualTo(500);
    assertThat(engine.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
    assertThat(OffsetTime.ofInstant(engine.getHistoryCleanupBatchWindowStartTimeAsDate().toInstant(),
        ZoneOffset.ofHours(7)).getHour()).isEqualTo(22);
    assertThat(OffsetTime.ofInstant(engine.getHistoryCleanupBatchWindowEndTimeAsDate().toInstant(),
        ZoneOffset.ofHours(7)).getHour()).isEqualTo(5);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(RegistrationProcess.KEY)
        .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(TIME_TO_LIVE_DAYS);

    // the engine has scheduled its cleanup job for the next window
    assertThat(history.findHistoryCleanupJobs()).singleElement().satisfies(job -> assertThat(
        job.getDuedate().toInstant().atOffset(ZoneOffset.ofHours(7)).getHour()).isEqualTo(22));
  }

  @Test
  void historyOfAFinishedRegistrationIsDeletedOnceItsTimeToLiveHasPassed() {
    VietnamClock.set("2026-03-02T10:00");
    Started rejected = startRegistration("Mô hình đã kết thúc");
    String finished = rejected.processInstanceId();
    decide(finished, "REJECT");
    String running = startRegistration("Mô hình còn đang thẩm định").processInstanceId();

    HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(finished)
        .singleResult();
    assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(Duration.between(ended.getEndTime().toInstant(), ended.getRemovalTime().toInstant()).toDays())
        .isEqualTo(TIME_TO_LIVE_DAYS);

    ClockUtil.setCurrentTime(Date.from(ended.getEndTime().toInstant().plus(Duration.ofDays(TIME_TO_LIVE_DAYS - 1))));
    runCleanup();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(finished).count())
        .as("a day before its time to live ends").isOne();

    ClockUtil.setCurrentTime(Date.from(ended.getEndTime().toInstant().plus(Duration.ofDays(TIME_TO_LIVE_DAYS + 1))));
    runCleanup();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(finished).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(finished).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(finished).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(finished).count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(finished).count()).isZero();

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(running).count()).isOne();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(running).count()).isPositive();
    ClockUtil.reset();
    // the registry outlives its process: the model keeps its status and its decision
    assertThat(Api.as(rest, "admin").get("/api/models/" + rejected.modelId()).getBody())
        .containsEntry("status", "REJECTED");
    assertThat(Api.as(rest, "admin").getList("/api/models/" + rejected.modelId() + "/history").getBody())
        .hasSize(1);
  }

  record Started(long modelId, String processInstanceId) {
  }

  private Started startRegistration(String name) {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1").post("/api/models",
        Api.registration("xa-xuan-hong", name));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return new Started(((Number) created.getBody().get("id")).longValue(),
        (String) created.getBody().get("processInstanceId"));
  }

  private void decide(String processInstanceId, String decision) {
    String taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    tasks.complete(taskId, Map.of("decision", decision, "rejectionReason", "Trùng mô hình đã có"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
  }

  /** What the night's job does, now: history.cleanUpHistoryAsync(true), then its job. */
  private void runCleanup() {
    Job job = history.cleanUpHistoryAsync(true);
    management.executeJob(job.getId());
  }
}
