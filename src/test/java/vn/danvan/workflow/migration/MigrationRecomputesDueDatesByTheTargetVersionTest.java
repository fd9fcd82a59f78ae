package vn.danvan.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * Instances of the calendar-day version waiting at each user step move to the working-day version: each lands at
 * its mapped step (the renamed revision step by the administrator's mapping), the task list's rows name the new
 * step and version, each due date is the new limit (10 working days from the task's creation) and each task keeps
 * exactly one reminder job, scheduled by the new version.
 */
class MigrationRecomputesDueDatesByTheTargetVersionTest extends ServiceOnH2 {

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
  void eachInstanceLandsAtItsMappedStepWithWorkingDayDueDatesAndOneReminder() {
    MigrationFixture fixture = new MigrationFixture(repository, runtime, management, jdbc, rest);
    List<ProcessInstance> instances = fixture.oneAtEachStep("Tính lại hạn");
    for (ProcessInstance instance : instances) {
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
          .as("calendar days before").isEqualTo(Duration.ofDays(15));
      assertThat(fixture.reminderJobs(task.getId())).hasSize(1);
    }

    ResponseEntity<Map<String, Object>> started = Api.as(rest, "admin")
        .post("/api/admin/migrations", fixture.renamedRevisionMapped(DueDates.RECOMPUTE));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String batchId = (String) started.getBody().get("batchId");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(fixture.target.getId()).count())
        .as("nothing moves before the batch's jobs run").isZero();
    fixture.runBatch(batchId);

    Map<String, String> mapped = Map.of(instances.get(0).getId(), MigrationFixture.REVIEW,
        instances.get(1).getId(), MigrationFixture.REVISE);
    for (ProcessInstance instance : instances) {
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getTaskDefinitionKey()).isEqualTo(mapped.get(instance.getId()));
      assertThat(task.getProcessDefinitionId()).isEqualTo(fixture.target.getId());
      assertThat(runtime.getActivityInstance(instance.getId()).getActivityInstances(mapped.get(instance.getId())))
          .hasSize(1);
      assertThat(task.getDueDate().toInstant()).as("10 working days from the task's creation")
          .isEqualTo(calendar.plusWorkingDays(task.getCreateTime().toInstant(), 10));

      assertThat(tasks.getVariablesLocal(task.getId())).as("Tasklist's columns, copied when the task was created")
          .containsEntry("tasklistName", runtime.getVariable(instance.getId(), "name"))
          .containsEntry("tasklistUnitName", runtime.getVariable(instance.getId(), "unitName"))
          .containsEntry("tasklistYear", runtime.getVariable(instance.getId(), "year"));

      Map<String, Object> row = fixture.taskRow(task.getId());
      assertThat(row.get("TASK_DEFINITION_KEY")).isEqualTo(mapped.get(instance.getId()));
      assertThat(row.get("PROCESS_DEFINITION_ID")).isEqualTo(fixture.target.getId());
      assertThat(row.get("NAME")).isEqualTo(task.getName());
      assertThat(MigrationFixture.instant(row.get("DUE_AT"))).isEqualTo(task.getDueDate().toInstant());

      List<Map<String, Object>> reminders = fixture.reminderJobs(task.getId());
      assertThat(reminders).as("one reminder, neither lost nor doubled").hasSize(1);
      assertThat(reminders.get(0).get("DEFINITION")).isEqualTo(fixture.target.getId());
      assertThat(MigrationFixture.instant(reminders.get(0).get("DUE"))).isBefore(task.getDueDate().toInstant());
    }
    assertThat(tasks.createTaskQuery().processInstanceId(instances.get(1).getId()).singleResult().getName())
        .isEqualTo("Bổ sung, hoàn thiện hồ sơ");
    String revised = instances.get(1).getBusinessKey().substring("model:".length());
    assertThat(Api.as(rest, "commune1").get("/api/models/" + revised).getBody())
        .as("the model's current step, named by the new version").containsEntry("currentStep", "Bổ sung, hoàn thiện hồ sơ");

    Map<String, Object> progress = Api.as(rest, "admin").get("/api/admin/migrations/" + batchId).getBody();
    assertThat(progress).containsEntry("finished", true).containsEntry("migrated", 2).containsEntry("stillOnSource", 0)
        .containsEntry("dueDates", "RECOMPUTE");
    assertThat((List<?>) progress.get("incidents")).isEmpty();
  }
}
