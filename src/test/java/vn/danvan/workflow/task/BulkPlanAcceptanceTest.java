package vn.danvan.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Bulk acceptance of plan reviews: each selected review is claimed if need be and completed with the accept
 * decision on its own, through the single completion's rules; a review someone else holds and a task of another
 * step are refused with their reason, the others are done. The API and the page alike.
 */
class BulkPlanAcceptanceTest extends ServiceOnH2 {

  private static final List<String> UNITS = List.of("xa-xuan-kien", "xa-xuan-ngoc", "xa-xuan-ninh");

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TaskService tasks;

  /** A directive to the three units, each unit's plan sent: three plan reviews wait for Ban Dân vận. */
  private long directiveWithPlansSent() {
    Map<String, Object> request = Map.of(
        "issuerId", "ban-thuong-vu-huyen", "title", "Chương trình duyệt hàng loạt " + System.nanoTime(),
        "planDue", "2026-12-20", "reportFromYear", 2026, "reportToYear", 2026,
        "reportRecipientIds", List.of("ban-thuong-vu-huyen"),
        "tasks", List.of(Map.of("section", "I", "ordinal", 1, "title", "Xây dựng kế hoạch",
            "leadUnitIds", UNITS, "participantUnitIds", List.of("ban-dan-van-huyen"))));
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "reviewer").post("/api/directives", request);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) created.getBody().get("id")).longValue();
    for (String plan : tasksOf(id, "Task_SubmitPlan")) {
      // the engine acting alone (no user): the plan's content is what matters here, not who sent it
      tasks.complete(plan, Map.of("planNumber", "15-KH/ĐU", "planSummary", "Quán triệt đến 100% chi bộ"));
    }
    return id;
  }

  private List<String> tasksOf(long directiveId, String key) {
    String pi = (String) Api.as(rest, "reviewer").get("/api/directives/" + directiveId).getBody()
        .get("processInstanceId");
    return jdbc.queryForList("select task_id from task_view where process_instance_id = ? and task_definition_key = ?"
        + " order by unit_id", String.class, pi, key);
  }

  private String registrationTask() {
    long modelId = ((Number) Api.as(rest, "admin").post("/api/models",
        Api.registration("xa-xuan-kien", "Mô hình không duyệt hàng loạt " + System.nanoTime())).getBody().get("id"))
        .longValue();
    return jdbc.queryForObject("select task_id from task_view where model_id = ?", String.class, modelId);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> planOf(long directiveId, String unitId) {
    List<Map<String, Object>> assignments = (List<Map<String, Object>>) Api.as(rest, "reviewer")
        .get("/api/directives/" + directiveId).getBody().get("assignments");
    return (Map<String, Object>) assignments.stream().filter(a -> unitId.equals(a.get("unitId"))).findFirst()
        .orElseThrow().get("plan");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> byTask(Map<String, Object> body) {
    Map<String, Map<String, Object>> results = new LinkedHashMap<>();
    ((List<Map<String, Object>>) body.get("results")).forEach(r -> results.put((String) r.get("taskId"), r));
    return results;
  }

  @Test
  void threePlanReviewsOneHeldBySomeoneElseTwoAreAcceptedTheThirdSaysWhoHoldsItAndANonPlanTaskIsRefused() {
    long directive = directiveWithPlansSent();
    List<String> reviews = tasksOf(directive, "Task_ReviewPlan");
    assertThat(reviews).hasSize(3);
    assertThat(Api.as(rest, "head").post("/api/tasks/" + reviews.get(2) + "/claim", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // the reviewer holds the first already: claimed or not, both are accepted
    assertThat(Api.as(rest, "reviewer").post("/api/tasks/" + reviews.get(0) + "/claim", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String registration = registrationTask();

    ResponseEntity<Map<String, Object>> answer = Api.as(rest, "reviewer").post("/api/tasks/bulk-complete",
        Map.of("taskIds", List.of(reviews.get(0), reviews.get(1), reviews.get(2), registration),
            "comment", "Kế hoạch đạt yêu cầu"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("done", 2).containsEntry("failed", 2);
    Map<String, Map<String, Object>> results = byTask(answer.getBody());
    assertThat(results.get(reviews.get(0))).containsEntry("done", true);
    assertThat(results.get(reviews.get(1))).containsEntry("done", true);
    assertThat(results.get(reviews.get(2))).containsEntry("done", false).containsEntry("code", "task-claimed")
        .containsEntry("reason", "Việc này đã được Nguyễn Văn Trưởng ban nhận.");
    assertThat(results.get(registration)).containsEntry("done", false).containsEntry("code", "task-not-bulk");
    assertThat((String) results.get(registration).get("reason")).contains("không phải bước xem xét kế hoạch");

    assertThat(planOf(directive, UNITS.get(0))).containsEntry("status", "ACCEPTED");
    assertThat(planOf(directive, UNITS.get(1))).containsEntry("status", "ACCEPTED");
    assertThat(planOf(directive, UNITS.get(2)).get("status")).isNotEqualTo("ACCEPTED");
    assertThat(jdbc.queryForObject("select assignee from task_view where task_id = ?", String.class, reviews.get(2)))
        .as("the refused one stays with its holder").isEqualTo("head");
    assertThat(jdbc.queryForObject("select count(*) from task_view where task_id = ?", Integer.class, registration))
        .as("the registration is untouched").isEqualTo(1);
  }

  @Test
  void onlyTheAcceptDecisionIsTakenInBulkAndAnEmptyListIsRefused() {
    long directive = directiveWithPlansSent();
    List<String> reviews = tasksOf(directive, "Task_ReviewPlan");
    ResponseEntity<Map<String, Object>> returning = Api.as(rest, "reviewer").post("/api/tasks/bulk-complete",
        Map.of("taskIds", List.of(reviews.get(0)), "variables", Map.of("planDecision", "RETURN")));
    assertThat(returning.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byTask(returning.getBody()).get(reviews.get(0))).containsEntry("done", false)
        .containsEntry("code", "bulk-not-accept");
    assertThat(jdbc.queryForObject("select assignee from task_view where task_id = ?", String.class, reviews.get(0)))
        .as("a refused completion leaves no claim behind").isNull();

    assertThat(Api.as(rest, "reviewer").post("/api/tasks/bulk-complete", Map.of("taskIds", List.of()))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> stranger = Api.as(rest, "commune2").post("/api/tasks/bulk-complete",
        Map.of("taskIds", List.of(reviews.get(1))));
    assertThat(byTask(stranger.getBody()).get(reviews.get(1))).containsEntry("done", false)
        .containsEntry("code", "not-found");
    assertThat(planOf(directive, UNITS.get(1)).get("status")).isNotEqualTo("ACCEPTED");
  }

  @Test
  void theTaskListOffersACheckboxOnPlanReviewsOnlyAndReportsWhatItAccepted() {
    long directive = directiveWithPlansSent();
    List<String> reviews = tasksOf(directive, "Task_ReviewPlan");
    String registration = registrationTask();
    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    String list = reviewer.get("/cong-viec?view=unit&unitId=xa-xuan-kien").body();
    assertThat(list).contains("id=\"chon-" + reviews.get(0) + "\"", "Chấp thuận các kế hoạch đã chọn",
        "href=\"/viec/" + registration + "\"").doesNotContain("id=\"chon-" + registration + "\"");

    HttpResponse<String> report = reviewer.post("/cong-viec/chap-thuan",
        Map.of("taskId", reviews.get(0), "comment", "Đồng ý"));
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("Thành công 1 việc, không thực hiện được 0 việc.", "Đã chấp thuận");
    assertThat(planOf(directive, UNITS.get(0))).containsEntry("status", "ACCEPTED");
  }

  @Test
  void theBulkCompletionIsDescribedInOpenApi() {
    String docs = rest.exchange("/v3/api-docs", HttpMethod.GET, null, String.class).getBody();
    assertThat(docs).contains("/api/tasks/bulk-complete", "Accept several plan reviews at once", "BulkCompletion");
  }
}
