package vn.danvan.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.support.VietnamClock;

/**
 * A completed task leaves the task lists for {@code finished_step} with its step, its unit and the working days it
 * took; a task completed before that table existed is taken from Camunda's history once, the same, and never twice.
 */
class FinishedStepsTest extends ServiceOnH2 {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ManagementService management;
  @Autowired
  FinishedStepsBackfill backfill;

  @Test
  @SuppressWarnings("unchecked")
  void aVerificationApprovedSixWorkingDaysAfterItsRegistrationIsRecordedAndRecoveredFromTheHistory() {
    long modelId = ((Number) Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", "Bữa cơm có thịt cho học sinh bán trú")).getBody()
        .get("id")).longValue();
    // registered Friday 20/11; approved Monday 30/11: 23, 24, 25, 26, 27 and 30 November are working days
    VietnamClock.set("2026-11-30T09:00");
    Api reviewer = Api.as(rest, "reviewer");
    List<Map<String, Object>> open = (List<Map<String, Object>>) reviewer.get("/api/tasks?modelId=" + modelId)
        .getBody().get("content");
    String taskId = (String) open.get(0).get("id");
    assertThat(reviewer.post("/api/tasks/" + taskId + "/claim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(reviewer.post("/api/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE", "comment", "Đủ"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> recorded = finished(taskId);
    assertThat(recorded).containsEntry("PROCESS_KEY", "model-registration")
        .containsEntry("STEP", "Task_ReviewRegistration").containsEntry("UNIT_ID", "xa-xuan-hong")
        .containsEntry("WORKING_DAYS", 6);
    assertThat(jdbc.queryForObject("select count(*) from task_view where task_id = ?", Long.class, taskId)).isZero();

    // as if the task had been completed before finished_step existed
    jdbc.update("delete from finished_step where task_id = ?", taskId);
    management.deleteProperty(FinishedStepsBackfill.DONE);
    backfill.run(null);
    assertThat(finished(taskId)).isEqualTo(recorded);

    backfill.run(null); // marked done: nothing again
    management.deleteProperty(FinishedStepsBackfill.DONE);
    backfill.run(null); // even unmarked, a task already there is not written twice
    assertThat(jdbc.queryForObject("select count(*) from finished_step where task_id = ?", Long.class, taskId))
        .isEqualTo(1);
  }

  private Map<String, Object> finished(String taskId) {
    return jdbc.queryForMap("""
        select process_key, step, step_name, unit_id, completed_at, working_days from finished_step
        where task_id = ?""", taskId);
  }
}
