package vn.danvan.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.FixedClock;
import vn.danvan.workflow.support.HttpStatementCounter;

/**
 * The reviewers' task lists through HTTP as every demo role: who sees, claims and completes what, the
 * answers when someone else was first, form validation, filters, and the cost of a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD})
@ActiveProfiles("demo")
@Import(HttpStatementCounter.Config.class)
abstract class TaskApiContract {

  /** The service's clock stands still here, whatever the computer's date (moved by the tests that need it). */
  @RegisterExtension
  static final FixedClock NOW = FixedClock.at("2026-11-20T10:00");

  static final List<String> USERS = List.of("reviewer", "head", "commune1", "commune2", "council", "standing",
      "propaganda", "admin");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  long modelId;
  String taskId;

  @BeforeEach
  void aRegistrationWaitsForReview() {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", "Mô hình " + System.nanoTime()));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    modelId = ((Number) created.getBody().get("id")).longValue();
    taskId = jdbc.queryForObject("select task_id from task_view where model_id = ?", String.class, modelId);
  }

  @Test
  void everyRoleSeesExactlyWhatIsItsOwn() {
    Map<String, HttpStatus> modelAndTask = Map.of("reviewer", HttpStatus.OK, "head", HttpStatus.OK,
        "commune1", HttpStatus.OK, "commune2", HttpStatus.NOT_FOUND, "council", HttpStatus.OK,
        "standing", HttpStatus.OK, "propaganda", HttpStatus.OK, "admin", HttpStatus.OK);
    SoftAssertions soft = new SoftAssertions();
    for (String user : USERS) {
      Api api = Api.as(rest, user);
      soft.assertThat(api.get("/api/me").getStatusCode()).as("%s me", user).isEqualTo(HttpStatus.OK);
      soft.assertThat(api.get("/api/models").getStatusCode()).as("%s models", user).isEqualTo(HttpStatus.OK);
      soft.assertThat(api.get("/api/tasks").getStatusCode()).as("%s tasks", user).isEqualTo(HttpStatus.OK);
      soft.assertThat(api.get("/api/notifications").getStatusCode()).as("%s notes", user).isEqualTo(HttpStatus.OK);
      soft.assertThat(api.get("/api/models/" + modelId).getStatusCode()).as("%s model", user)
          .isEqualTo(modelAndTask.get(user));
      soft.assertThat(api.status("/api/models/" + modelId + "/history")).as("%s history", user)
          .isEqualTo(modelAndTask.get(user));
      soft.assertThat(api.get("/api/tasks/" + taskId).getStatusCode()).as("%s task", user)
          .isEqualTo(modelAndTask.get(user));
      soft.assertThat(ids(api.get("/api/tasks?size=200").getBody()).contains(taskId)).as("%s list", user)
          .isEqualTo(modelAndTask.get(user) == HttpStatus.OK);
      soft.assertThat(api.post("/api/models", Api.registration("xa-xuan-hong", "Thử quyền")).getStatusCode())
          .as("%s register for Xuân Hồng", user)
          .isEqualTo(user.equals("commune1") || user.equals("admin") ? HttpStatus.CREATED : HttpStatus.FORBIDDEN);
    }
    for (String path : List.of("/api/me", "/api/models", "/api/tasks", "/api/tasks/" + taskId,
        "/api/notifications", "/api/models/" + modelId)) {
      soft.assertThat(Api.anonymous(rest).get(path).getStatusCode()).as("anonymous %s", path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    soft.assertAll();
  }

  @Test
  void onlyACandidateClaimsAndOnlyTheAssigneeCompletes() {
    SoftAssertions soft = new SoftAssertions();
    for (String user : List.of("commune1", "standing", "propaganda", "council")) {
      soft.assertThat(claim(user).getStatusCode()).as("%s claims", user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    soft.assertThat(claim("commune2").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    soft.assertThat(complete("reviewer", Map.of("decision", "APPROVE")).getStatusCode())
        .as("complete before claiming").isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> claimed = claim("reviewer");
    soft.assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
    soft.assertThat(claimed.getBody()).containsEntry("assignee", "reviewer");
    soft.assertThat(claim("reviewer").getStatusCode()).as("claiming again").isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> headClaims = claim("head");
    soft.assertThat(headClaims.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    soft.assertThat((String) headClaims.getBody().get("detail")).contains("reviewer");
    soft.assertThat(Api.as(rest, "head").post("/api/tasks/" + taskId + "/unclaim", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    soft.assertThat(complete("head", Map.of("decision", "APPROVE")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    soft.assertThat(complete("reviewer", Map.of("decision", "APPROVE", "comment", "Đạt")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    soft.assertThat(Api.as(rest, "commune1").get("/api/models/" + modelId).getBody())
        .containsEntry("status", "REGISTERED");
    ResponseEntity<Map<String, Object>> again = complete("reviewer", Map.of("decision", "APPROVE"));
    soft.assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    soft.assertThat(again.getBody()).containsEntry("title", "Việc đã được xử lý");
    soft.assertThat(claim("reviewer").getStatusCode()).as("claiming a done task").isEqualTo(HttpStatus.CONFLICT);
    soft.assertThat(Api.as(rest, "reviewer").get("/api/tasks/does-not-exist").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    soft.assertAll();
  }

  @Test
  void unclaimGivesTheTaskBackToTheGroup() {
    claim("reviewer");
    ResponseEntity<Map<String, Object>> back = Api.as(rest, "reviewer").post("/api/tasks/" + taskId + "/unclaim", null);
    assertThat(back.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(back.getBody().get("assignee")).isNull();
    assertThat(Api.as(rest, "reviewer").post("/api/tasks/" + taskId + "/unclaim", null).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(claim("head").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void twentyConcurrentCompletesGiveOneSuccessAndNineteenConflicts() throws Exception {
    claim("reviewer");
    int threads = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      answers.add(pool.submit(() -> {
        start.await();
        return complete("reviewer", Map.of("decision", "APPROVE")).getStatusCode().value();
      }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(Collections.frequency(statuses, 204)).as(statuses.toString()).isEqualTo(1);
    assertThat(Collections.frequency(statuses, 409)).as(statuses.toString()).isEqualTo(19);
    assertThat(jdbc.queryForObject("select count(*) from model_decision where model_id = ? and decision = 'APPROVE'",
        Integer.class, modelId)).isEqualTo(1);
    assertThat(Api.as(rest, "reviewer").get("/api/models/" + modelId).getBody()).containsEntry("status", "REGISTERED");
  }

  @Test
  void aCompletionMustFitTheTaskForm() {
    claim("reviewer");
    ResponseEntity<Map<String, Object>> unknownDecision = complete("reviewer", Map.of("decision", "MAYBE"));
    assertThat(unknownDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownDecision.getBody().get("errors").toString()).contains("decision", "APPROVE", "RETURN", "REJECT");

    ResponseEntity<Map<String, Object>> noDecision = complete("reviewer", Map.of("comment", "?"));
    assertThat(noDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDecision.getBody().get("errors").toString()).contains("decision", "không được để trống");

    ResponseEntity<Map<String, Object>> rejectWithoutReason = complete("reviewer", Map.of("decision", "REJECT"));
    assertThat(rejectWithoutReason.getBody().get("errors").toString()).contains("rejectionReason");

    ResponseEntity<Map<String, Object>> strangeField = complete("reviewer", Map.of("decision", "APPROVE",
        "variables", Map.of("status", "REGISTERED", "name", "đổi tên")));
    assertThat(strangeField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(strangeField.getBody().get("errors").toString()).contains("status", "name");

    ResponseEntity<Map<String, Object>> wrongItem = complete("reviewer", Map.of("decision", "RETURN",
        "variables", Map.of("missingItems", List.of("Thiếu tiền"))));
    assertThat(wrongItem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<Map<String, Object>> returned = complete("reviewer", Map.of("decision", "RETURN",
        "variables", Map.of("missingItems", List.of("Thiếu nguồn lực thực hiện"), "missingOther", "Thêm ảnh")));
    assertThat(returned.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat((String) Api.as(rest, "commune1").get("/api/models/" + modelId).getBody().get("missingItems"))
        .contains("Thiếu nguồn lực thực hiện", "Thêm ảnh");
  }

  @Test
  void aReturnNamingNothingMissingAndASecondReturnAre400AndTheReviewStaysOpen() {
    claim("reviewer");
    ResponseEntity<Map<String, Object>> nothingMissing = complete("reviewer",
        Map.of("decision", "RETURN", "comment", "Hồ sơ còn thiếu"));
    assertThat(nothingMissing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nothingMissing.getBody().get("errors").toString())
        .contains("missingItems", "trả lại phải nêu ít nhất một nội dung còn thiếu");
    assertThat(openTask()).as("the review is still open").isEqualTo(taskId);
    assertThat(Api.as(rest, "reviewer").get("/api/models/" + modelId).getBody()).containsEntry("status", "SUBMITTED");

    assertThat(complete("reviewer", Map.of("decision", "RETURN",
        "variables", Map.of("missingItems", List.of("Thiếu nguồn lực thực hiện")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String revise = openTask();
    assertThat(Api.as(rest, "commune1").post("/engine-rest/task/" + revise + "/claim", Map.of("userId", "commune1"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(Api.as(rest, "commune1").post("/engine-rest/task/" + revise + "/complete",
        Map.of("variables", Map.of("resources", Map.of("value", "50 triệu đồng"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    taskId = openTask();
    claim("reviewer");
    ResponseEntity<Map<String, Object>> secondReturn = complete("reviewer", Map.of("decision", "RETURN",
        "variables", Map.of("missingItems", List.of("Thiếu lộ trình, mốc thời gian"))));
    assertThat(secondReturn.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(secondReturn.getBody().get("errors").toString()).contains("decision", "chỉ trả lại một lần");
    assertThat(openTask()).as("the second review is still open").isEqualTo(taskId);
    assertThat(Api.as(rest, "reviewer").get("/api/models/" + modelId).getBody()).containsEntry("status", "SUBMITTED");

    assertThat(complete("reviewer", Map.of("decision", "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(Api.as(rest, "reviewer").get("/api/models/" + modelId).getBody()).containsEntry("status", "REGISTERED");
  }

  @Test
  void aTaskShowsItsFormDecisionsAndModel() {
    Map<String, Object> detail = Api.as(rest, "reviewer").get("/api/tasks/" + taskId).getBody();
    @SuppressWarnings("unchecked")
    Map<String, Object> task = (Map<String, Object>) detail.get("task");
    assertThat(task).containsEntry("name", "Thẩm định hồ sơ đăng ký").containsEntry("processKey", "model-registration")
        .containsEntry("unitId", "xa-xuan-hong").containsEntry("unitName", "Xã Xuân Hồng")
        .containsEntry("field", "ECONOMY").containsEntry("modelId", (int) modelId)
        .containsEntry("decisions", List.of("APPROVE", "RETURN", "REJECT"))
        .containsEntry("candidateGroups", List.of("ban-dan-van-huyen"));
    assertThat(task.get("due")).isNotNull();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> fields = (List<Map<String, Object>>) ((Map<String, Object>) detail.get("form")).get("fields");
    assertThat(fields).filteredOn(f -> "decision".equals(f.get("key"))).singleElement().satisfies(f -> {
      assertThat(f).containsEntry("type", "radio").containsEntry("required", true)
          .containsEntry("label", "Kết quả thẩm định");
      assertThat(f.get("options").toString()).contains("Trả lại để bổ sung");
    });
    assertThat(detail.get("model").toString()).contains("xa-xuan-hong", "SUBMITTED");
  }

  @Test
  void listsFilterSortAndPage() {
    Api reviewer = Api.as(rest, "reviewer");
    assertThat(ids(reviewer.get("/api/tasks?scope=group&size=200").getBody())).contains(taskId);
    assertThat(ids(reviewer.get("/api/tasks?scope=mine&size=200").getBody())).doesNotContain(taskId);
    claim("reviewer");
    assertThat(ids(reviewer.get("/api/tasks?scope=mine&size=200").getBody())).contains(taskId);
    assertThat(ids(reviewer.get("/api/tasks?processKey=model-registration&unitId=xa-xuan-hong&field=ECONOMY&size=200")
        .getBody())).contains(taskId);
    assertThat(ids(reviewer.get("/api/tasks?field=DEFENCE_SECURITY&size=200").getBody())).doesNotContain(taskId);
    assertThat(ids(reviewer.get("/api/tasks?overdue=true&size=200").getBody())).doesNotContain(taskId);
    assertThat(ids(reviewer.get("/api/tasks?dueBefore=2099-01-01&sort=created&size=200").getBody())).contains(taskId);
    assertThat(ids(Api.as(rest, "commune1").get("/api/tasks?scope=group&size=200").getBody())).doesNotContain(taskId);
    assertThat(ids(Api.as(rest, "commune1").get("/api/tasks?scope=all&size=200").getBody())).contains(taskId);

    Map<String, Object> page = reviewer.get("/api/tasks?size=1&page=0").getBody();
    assertThat(page).containsEntry("page", 0).containsEntry("size", 1);
    assertThat((List<?>) page.get("content")).hasSize(1);
    assertThat(reviewer.get("/api/tasks?scope=everything").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reviewer.get("/api/tasks?size=500").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aPageCostsTheSameQueriesWhateverItsSize() {
    for (int i = 0; i < 12; i++) {
      Api.as(rest, "commune2").post("/api/models", Api.registration("xa-xuan-tan", "Trang " + i));
    }
    Api reviewer = Api.as(rest, "reviewer");
    reviewer.get("/api/tasks?size=1"); // warm caches (forms) once
    long before = HttpStatementCounter.count();
    assertThat((List<?>) reviewer.get("/api/tasks?size=1").getBody().get("content")).hasSize(1);
    long onePerPage = HttpStatementCounter.count() - before;
    before = HttpStatementCounter.count();
    assertThat(((List<?>) reviewer.get("/api/tasks?size=12").getBody().get("content"))).hasSize(12);
    long twelvePerPage = HttpStatementCounter.count() - before;
    assertThat(twelvePerPage).isEqualTo(onePerPage).isLessThanOrEqualTo(8);
  }

  @Test
  void engineRestAppliesTheSameRules() {
    assertThat(Api.as(rest, "commune2").getList("/engine-rest/task?processInstanceBusinessKey=model:" + modelId).getBody())
        .isEmpty();
    assertThat(Api.as(rest, "reviewer").getList("/engine-rest/task?processInstanceBusinessKey=model:" + modelId).getBody())
        .hasSize(1);
    Map<String, Object> approve = Map.of("variables", Map.of("decision", Map.of("value", "APPROVE")));
    assertThat(Api.as(rest, "reviewer").post("/engine-rest/task/" + taskId + "/complete", approve).getStatusCode())
        .as("unclaimed").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "head").post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "head"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(Api.as(rest, "reviewer").post("/engine-rest/task/" + taskId + "/complete", approve).getStatusCode())
        .as("held by head").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "head").post("/engine-rest/task/" + taskId + "/complete", approve).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void tasklistFiltersAreReadyForEveryReviewer() {
    List<Map<String, Object>> filters = Api.as(rest, "reviewer").getList("/engine-rest/filter").getBody();
    assertThat(filters).extracting(f -> f.get("name"))
        .contains("Việc của tôi", "Việc của đơn vị", "Quá hạn");
    String unitFilter = (String) filters.stream().filter(f -> "Việc của đơn vị".equals(f.get("name"))).findFirst()
        .orElseThrow().get("id");
    assertThat(((Number) Api.as(rest, "reviewer").get("/engine-rest/filter/" + unitFilter + "/count").getBody()
        .get("count")).intValue()).isGreaterThanOrEqualTo(1);
    // commune2 sees its own unit's tasks only (the demo directive gives every commune a plan task), none of
    // the reviewers'
    int ownUnitTasks = ((Number) Api.as(rest, "commune2")
        .get("/engine-rest/task/count?candidateGroup=xa-xuan-tan&includeAssignedTasks=true").getBody()
        .get("count")).intValue();
    assertThat(((Number) Api.as(rest, "commune2").get("/engine-rest/filter/" + unitFilter + "/count").getBody()
        .get("count")).intValue()).isEqualTo(ownUnitTasks);
  }

  @Test
  void theApiIsDescribedInOpenApi() {
    ResponseEntity<String> docs = rest.exchange("/v3/api-docs", HttpMethod.GET, null, String.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getBody()).contains("/api/tasks/{id}/complete", "/api/models", "/api/me");
  }

  private String openTask() {
    return jdbc.queryForObject("select task_id from task_view where model_id = ?", String.class, modelId);
  }

  private ResponseEntity<Map<String, Object>> claim(String user) {
    return Api.as(rest, user).post("/api/tasks/" + taskId + "/claim", null);
  }

  private ResponseEntity<Map<String, Object>> complete(String user, Map<String, Object> body) {
    return Api.as(rest, user).post("/api/tasks/" + taskId + "/complete", body);
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("content")).stream().map(t -> (String) t.get("id")).toList();
  }
}
