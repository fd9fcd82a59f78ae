package vn.danvan.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Reward proposals on the calendar-day version of model-reward (14, 7, 10 and 56 days), one waiting at each of its
 * four user steps, move to the working-day version with every step mapped as it is: each lands at the same step of
 * the new version, its due date is the new limit in working days from the task's creation (10, 5, 7, 40), its row
 * in the task lists and its Tasklist columns follow, and it keeps exactly one reminder, scheduled by the new
 * version.
 */
class MigrationOfRewardInstancesTest extends ServiceOnH2 {

  /** Each user step of model-reward and its limit in working days in the current version. */
  static final Map<String, Integer> STEPS = Map.of(
      "Task_PrepareRewardDossier", 10, "Task_ReviewRewardDossier", 5, "Task_DecideReward", 7,
      "Task_RecordUpperDecision", 40);
  static final Map<String, Integer> CALENDAR_DAYS_BEFORE = Map.of(
      "Task_PrepareRewardDossier", 14, "Task_ReviewRewardDossier", 7, "Task_DecideReward", 10,
      "Task_RecordUpperDecision", 56);

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  WorkingDayCalendar calendar;

  @Test
  void proposalsWaitingAtEachStepLandAtTheSameStepWithWorkingDayDueDatesColumnsAndOneReminder() {
    MigrationFixture fixture = new MigrationFixture(repository, runtime, management, jdbc, rest, "model-reward",
        List.of("prepare-reward-dossier", "review-reward-dossier", "decide-reward", "record-upper-decision"));
    Map<String, ProcessInstance> waiting = oneAtEachStep(fixture);
    for (Map.Entry<String, ProcessInstance> entry : waiting.entrySet()) {
      Task task = tasks.createTaskQuery().processInstanceId(entry.getValue().getId()).singleResult();
      assertThat(task.getTaskDefinitionKey()).isEqualTo(entry.getKey());
      assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
          .as("calendar days before").isEqualTo(Duration.ofDays(CALENDAR_DAYS_BEFORE.get(entry.getKey())));
      assertThat(fixture.reminderJobs(task.getId())).hasSize(1);
    }

    ResponseEntity<Map<String, Object>> started = Api.as(rest, "admin")
        .post("/api/admin/migrations", fixture.plan(DueDates.RECOMPUTE, Map.of()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String batchId = (String) started.getBody().get("batchId");
    fixture.runBatch(batchId);

    for (Map.Entry<String, ProcessInstance> entry : waiting.entrySet()) {
      String step = entry.getKey();
      String instanceId = entry.getValue().getId();
      Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
      assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
      assertThat(task.getProcessDefinitionId()).isEqualTo(fixture.target.getId());
      assertThat(task.getDueDate().toInstant()).as("%s: %d working days from the task's creation", step,
          STEPS.get(step)).isEqualTo(calendar.plusWorkingDays(task.getCreateTime().toInstant(), STEPS.get(step)));

      Map<String, Object> row = fixture.taskRow(task.getId());
      assertThat(row.get("TASK_DEFINITION_KEY")).isEqualTo(step);
      assertThat(row.get("PROCESS_DEFINITION_ID")).isEqualTo(fixture.target.getId());
      assertThat(MigrationFixture.instant(row.get("DUE_AT"))).isEqualTo(task.getDueDate().toInstant());
      assertThat(tasks.getVariablesLocal(task.getId())).as("Tasklist's columns of %s", step)
          .containsEntry("tasklistName", runtime.getVariable(instanceId, "name"))
          .containsEntry("tasklistUnitName", runtime.getVariable(instanceId, "unitName"));

      List<Map<String, Object>> reminders = fixture.reminderJobs(task.getId());
      assertThat(reminders).as("%s: one reminder, neither lost nor doubled", step).hasSize(1);
      assertThat(reminders.get(0).get("DEFINITION")).isEqualTo(fixture.target.getId());
      assertThat(MigrationFixture.instant(reminders.get(0).get("DUE"))).isBefore(task.getDueDate().toInstant());
    }

    Map<String, Object> progress = Api.as(rest, "admin").get("/api/admin/migrations/" + batchId).getBody();
    assertThat(progress).containsEntry("finished", true).containsEntry("migrated", STEPS.size())
        .containsEntry("stillOnSource", 0);
    assertThat((List<?>) progress.get("incidents")).isEmpty();
  }

  /**
   * A proposal opened on the old version for a model registered through the API (it waits at the dossier), and
   * three more on it started at the later steps with the same variables, the deciding body's group being the
   * council's.
   */
  private Map<String, ProcessInstance> oneAtEachStep(MigrationFixture fixture) {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", "Khen thưởng qua hai phiên bản"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String businessKey = "model:" + ((Number) created.getBody().get("id")).longValue();
    Map<String, ProcessInstance> waiting = new LinkedHashMap<>();
    ProcessInstance opened = runtime.createProcessInstanceById(fixture.source.getId()).businessKey(businessKey)
        .setVariables(Map.of("year", 2026)).execute();
    waiting.put("Task_PrepareRewardDossier", opened);
    Map<String, Object> variables = new HashMap<>(runtime.getVariables(opened.getId()));
    variables.put("grantorGroup", variables.get("councilGroup"));
    for (String step : List.of("Task_ReviewRewardDossier", "Task_DecideReward", "Task_RecordUpperDecision")) {
      waiting.put(step, runtime.createProcessInstanceById(fixture.source.getId()).businessKey(businessKey)
          .setVariables(variables).startBeforeActivity(step).execute());
    }
    return waiting;
  }
}
