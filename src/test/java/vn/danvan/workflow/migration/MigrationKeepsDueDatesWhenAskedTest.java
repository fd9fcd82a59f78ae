package vn.danvan.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Keep due dates": the migrated tasks keep the dates they were given under the old version, the task list shows
 * them on the new step, and each keeps one reminder job, now the new version's, for that same date.
 */
class MigrationKeepsDueDatesWhenAskedTest extends ServiceOnH2 {

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

  @Test
  void migratedTasksKeepTheirDueDatesAndOneReminderEach() {
    MigrationFixture fixture = new MigrationFixture(repository, runtime, management, jdbc, rest);
    List<ProcessInstance> instances = fixture.oneAtEachStep("Giữ hạn");
    Map<String, java.util.Date> dueBefore = new HashMap<>();
    Map<String, Object> reminderBefore = new HashMap<>();
    for (ProcessInstance instance : instances) {
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      dueBefore.put(task.getId(), task.getDueDate());
      reminderBefore.put(task.getId(), fixture.reminderJobs(task.getId()).get(0).get("DUE"));
    }

    ResponseEntity<Map<String, Object>> started = Api.as(rest, "admin")
        .post("/api/admin/migrations", fixture.renamedRevisionMapped(DueDates.KEEP));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    fixture.runBatch((String) started.getBody().get("batchId"));

    for (ProcessInstance instance : instances) {
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getProcessDefinitionId()).isEqualTo(fixture.target.getId());
      assertThat(task.getDueDate()).isEqualTo(dueBefore.get(task.getId()));
      Map<String, Object> row = fixture.taskRow(task.getId());
      assertThat(row.get("PROCESS_DEFINITION_ID")).isEqualTo(fixture.target.getId());
      assertThat(MigrationFixture.instant(row.get("DUE_AT"))).isEqualTo(task.getDueDate().toInstant());
      List<Map<String, Object>> reminders = fixture.reminderJobs(task.getId());
      assertThat(reminders).as("one reminder, neither lost nor doubled").hasSize(1);
      assertThat(reminders.get(0).get("DEFINITION")).isEqualTo(fixture.target.getId());
      assertThat(reminders.get(0).get("DUE")).as("the same date, the same policy")
          .isEqualTo(reminderBefore.get(task.getId()));
    }
    assertThat(jdbc.queryForObject("select count(*) from task_view where process_definition_id = ?", Long.class,
        fixture.source.getId())).as("no row left on the old version").isZero();
  }
}
