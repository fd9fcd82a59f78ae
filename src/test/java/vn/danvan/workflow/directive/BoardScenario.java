package vn.danvan.workflow.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.VietnamClock;

/**
 * Directives for the board's tests, issued by the Ban Dân vận through the API and driven through the engine as
 * Tasklist would (no user named: the tests act for the units), the clock moved between steps.
 */
final class BoardScenario {

  private final TestRestTemplate rest;
  private final TaskService tasks;
  private final ManagementService management;

  BoardScenario(TestRestTemplate rest, TaskService tasks, ManagementService management) {
    this.rest = rest;
    this.tasks = tasks;
    this.management = management;
  }

  /** A directive of the year 2026 whose plans are due on planDue; returns its id. */
  long issue(String title, String planDue, List<String> units) {
    Map<String, Object> request = new HashMap<>(Map.of(
        "issuerId", "ban-thuong-vu-huyen",
        "title", title,
        "planDue", planDue,
        "reportFromYear", 2026,
        "reportToYear", 2026,
        "reportRecipientIds", List.of("ban-thuong-vu-huyen", "ban-dan-van-tinh"),
        "tasks", List.of(Map.of("section", "IV", "ordinal", 1, "title", "Xây dựng kế hoạch thực hiện",
            "leadUnitIds", units, "participantUnitIds", List.of("ban-dan-van-huyen")))));
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "reviewer").post("/api/directives", request);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  String processOf(long directiveId) {
    return (String) Api.as(rest, "reviewer").get("/api/directives/" + directiveId).getBody().get("processInstanceId");
  }

  /** The unit's open task of that kind (Task_SubmitPlan, Task_SubmitReport) or the board's (Task_ReviewPlan ...). */
  String task(long directiveId, String key, String group) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(processOf(directiveId)).taskDefinitionKey(key)
        .taskCandidateGroup(group).includeAssignedTasks().active().list();
    assertThat(open).as(key + " of " + group).hasSize(1);
    return open.get(0).getId();
  }

  void sendPlan(long directiveId, String unitId, String number) {
    tasks.complete(task(directiveId, DirectiveProcess.SUBMIT_PLAN, unitId),
        Map.of("planNumber", number, "planSummary", "Quán triệt đến 100% chi bộ"));
  }

  /** The Ban Dân vận reviews the unit's plan. */
  void reviewPlan(long directiveId, String unitId, String decision, String reason) {
    Map<String, Object> answer = new HashMap<>(Map.of("planDecision", decision));
    if (reason != null) {
      answer.put("returnReason", reason);
    }
    String review = tasks.createTaskQuery().processInstanceId(processOf(directiveId))
        .taskDefinitionKey(DirectiveProcess.REVIEW_PLAN).active().list().stream()
        .filter(t -> unitId.equals(tasks.getVariable(t.getId(), "unitId"))).findFirst().orElseThrow().getId();
    tasks.complete(review, answer);
  }

  /** The annual round of 2026 opens on 01/12 at 07:00: its timer fires as the job executor would. */
  void openAnnualRound(long directiveId) {
    VietnamClock.set("2026-12-01T08:00");
    Job timer = management.createJobQuery().processInstanceId(processOf(directiveId)).activityId("Timer_RoundOpens")
        .singleResult();
    assertThat(timer).isNotNull();
    management.executeJob(timer.getId());
  }

  void sendReport(long directiveId, String unitId) {
    tasks.complete(task(directiveId, DirectiveProcess.SUBMIT_REPORT, unitId),
        Map.of("results", "Xây dựng 2 mô hình “Dân vận khéo” mới", "difficulties", "Kinh phí còn hạn chế",
            "proposals", "Đề nghị tập huấn"));
  }

  void consolidate(long directiveId, String documentNumber) {
    tasks.complete(task(directiveId, DirectiveProcess.CONSOLIDATE, "ban-dan-van-huyen"),
        Map.of("documentNumber", documentNumber, "assessment", "Các đơn vị triển khai nghiêm túc."));
  }
}
