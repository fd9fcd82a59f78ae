package vn.danvan.workflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.FixedClock;

/**
 * The registration contract through HTTP, as the demo users: register, review through engine-rest (what
 * Tasklist calls), status follows; authentication; problem+json. Run on H2 and on a real PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD})
@ActiveProfiles("demo")
abstract class RegistrationApiContract {

  /** The service's clock stands still here, whatever the computer's date (moved by the tests that need it). */
  @RegisterExtension
  static final FixedClock NOW = FixedClock.at("2026-11-20T10:00");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  ModelRepository models;
  @MockitoSpyBean
  RegistrationProcess registrationProcess;

  @Test
  void communeRegistrationBecomesAReviewTaskForTheMassMobilisationBoard() {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", "Dân vận khéo trong xây dựng nông thôn mới"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("status", "SUBMITTED").containsKey("processInstanceId");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/models/" + created.getBody().get("id"));

    List<Map<String, Object>> tasks = Api.as(rest, "reviewer").getList(
        "/engine-rest/task?candidateGroup=ban-dan-van-huyen&processInstanceId=" + created.getBody()
            .get("processInstanceId")).getBody();
    assertThat(tasks).singleElement().satisfies(task -> {
      assertThat(task).containsEntry("name", "Thẩm định hồ sơ đăng ký");
      assertThat(task.get("due")).isNotNull();
    });
  }

  @Test
  void approvalThroughEngineRestRegistersTheModelAndRecordsWhoDecided() {
    long id = register("commune1", "xa-xuan-hong", "Mô hình phụ nữ giúp nhau phát triển kinh tế");
    String taskId = reviewTask(id);
    Api reviewer = Api.as(rest, "reviewer");

    assertThat(reviewer.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "reviewer"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(reviewer.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
        "decision", Map.of("value", "APPROVE"), "comment", Map.of("value", "Hồ sơ đầy đủ")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> model = Api.as(rest, "commune1").get("/api/models/" + id).getBody();
    assertThat(model).containsEntry("status", "REGISTERED").containsEntry("unitName", "Xã Xuân Hồng");
    List<Map<String, Object>> decisions = Api.as(rest, "commune1").getList("/api/models/" + id + "/history")
        .getBody();
    assertThat(decisions).singleElement().satisfies(decision -> assertThat(decision)
        .containsEntry("decision", "APPROVE").containsEntry("actor", "reviewer")
        .containsEntry("comment", "Hồ sơ đầy đủ"));
  }

  @Test
  void returnWithTasklistChecklistJsonThenRevisionGoesBackToReview() {
    long id = register("commune1", "xa-xuan-hong", "Mô hình dân vận khéo trong giải phóng mặt bằng");
    String taskId = reviewTask(id);
    // Tasklist submits a checklist as a Json variable; the engine must accept it (Spin)
    ResponseEntity<Map<String, Object>> returned = completeThroughEngineRest("reviewer", taskId, Map.of("variables", Map.of(
            "decision", Map.of("value", "RETURN"),
            "missingItems", Map.of("type", "Json",
                "value", "[\"Thiếu mục tiêu, tiêu chí đánh giá\",\"Thiếu nguồn lực thực hiện\"]"),
            "missingOther", Map.of("value", "Gửi kèm biên bản họp chi bộ"))));
    assertThat(returned.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> model = Api.as(rest, "commune1").get("/api/models/" + id).getBody();
    assertThat(model).containsEntry("status", "RETURNED");
    assertThat((String) model.get("missingItems")).contains("Thiếu mục tiêu, tiêu chí đánh giá",
        "Thiếu nguồn lực thực hiện", "Gửi kèm biên bản họp chi bộ");

    List<Map<String, Object>> revise = Api.as(rest, "commune1")
        .getList("/engine-rest/task?candidateGroup=xa-xuan-hong&processInstanceBusinessKey=model:" + id).getBody();
    assertThat(revise).singleElement().satisfies(task -> assertThat(task)
        .containsEntry("taskDefinitionKey", "Task_ReviseRegistration"));
    completeThroughEngineRest("commune1", (String) revise.get(0).get("id"),
        Map.of("variables", Map.of("goals", Map.of("value", "95% hộ đồng thuận"))));

    model = Api.as(rest, "commune1").get("/api/models/" + id).getBody();
    assertThat(model).containsEntry("status", "SUBMITTED").containsEntry("goals", "95% hộ đồng thuận");
    assertThat(reviewTask(id)).isNotEqualTo(taskId);
  }

  @Test
  void rejectionThroughEngineRestKeepsTheReason() {
    long id = register("commune1", "xa-xuan-hong", "Mô hình trùng lặp");
    completeThroughEngineRest("reviewer", reviewTask(id), Map.of("variables", Map.of(
        "decision", Map.of("value", "REJECT"), "rejectionReason", Map.of("value", "Trùng mô hình năm 2025"))));

    assertThat(Api.as(rest, "reviewer").get("/api/models/" + id).getBody())
        .containsEntry("status", "REJECTED").containsEntry("rejectionReason", "Trùng mô hình năm 2025");
  }

  @Test
  void aRejectionWithoutItsReasonThroughEngineRestLeavesTheReviewOpen() {
    long id = register("commune1", "xa-xuan-hong", "Mô hình chưa rõ lý do");
    String taskId = reviewTask(id);
    assertThat(Api.as(rest, "reviewer").post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "reviewer"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> rejected = Api.as(rest, "reviewer").post("/engine-rest/task/" + taskId
        + "/complete", Map.of("variables", Map.of("decision", Map.of("value", "REJECT"))));

    assertThat(rejected.getStatusCode().is2xxSuccessful()).as("refused, %s", rejected.getStatusCode()).isFalse();
    assertThat(reviewTask(id)).isEqualTo(taskId);
    Map<String, Object> model = Api.as(rest, "reviewer").get("/api/models/" + id).getBody();
    assertThat(model).containsEntry("status", "SUBMITTED");
    assertThat(model.get("rejectionReason")).isNull();
  }

  @Test
  void withoutCredentialsTheApiAndEngineRestAnswer401ProblemJson() {
    for (String path : List.of("/api/models", "/api/me", "/engine-rest/task")) {
      ResponseEntity<Map<String, Object>> answer = Api.anonymous(rest).get(path);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(answer.getHeaders().getContentType()).matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
      assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
      assertThat(answer.getBody()).containsEntry("title", "Chưa đăng nhập");
    }
    // a user not used elsewhere: after a failed login Camunda delays that user's next attempts (brute-force guard)
    ResponseEntity<Map<String, Object>> wrongPassword = Api.anonymous(rest.withBasicAuth("propaganda", "wrong"))
        .get("/api/me");
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void invalidRegistrationIsRefusedFieldByFieldAndNothingIsStored() {
    long modelsBefore = models.count();
    long processesBefore = history.createHistoricProcessInstanceQuery().count();
    Map<String, Object> bad = Api.registration("xa-xuan-hong", " ");
    bad.remove("field");
    bad.put("year", 1900);
    bad.put("goals", "x".repeat(4001));

    ResponseEntity<Map<String, Object>> answer = Api.as(rest, "commune1").post("/api/models", bad);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(answer.getBody()).containsEntry("title", "Dữ liệu không hợp lệ")
        .containsEntry("type", "/problems/validation");
    @SuppressWarnings("unchecked")
    List<Map<String, String>> errors = (List<Map<String, String>>) answer.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("name", "field", "year", "goals");
    assertThat(errors).filteredOn(e -> e.get("field").equals("name")).singleElement()
        .satisfies(e -> assertThat(e.get("message")).isEqualTo("không được để trống"));
    assertThat(models.count()).isEqualTo(modelsBefore);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(processesBefore);
  }

  @Test
  void malformedJsonAndWrongTypesAre400ProblemJsonInTheAskedLanguage() {
    Api commune = Api.as(rest, "commune1");
    ResponseEntity<Map<String, Object>> broken = commune.postRaw("/api/models", "{\"name\": ", null);
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(broken.getBody()).containsEntry("title", "Không đọc được nội dung gửi lên");

    ResponseEntity<Map<String, Object>> wrongEnum = commune.postRaw("/api/models",
        "{\"kind\": \"PARTY\", \"year\": 2026}", "en");
    assertThat(wrongEnum.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongEnum.getBody()).containsEntry("title", "Invalid data");
    assertThat(wrongEnum.getBody().get("errors").toString()).contains("kind", "MODEL", "EXEMPLAR");

    ResponseEntity<Map<String, Object>> wrongType = commune.postRaw("/api/models", "{\"year\": \"năm nay\"}", null);
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongType.getBody().get("errors").toString()).contains("year", "phải là số");
  }

  @Test
  void aFailedProcessStartLeavesNoModelBehind() {
    long modelsBefore = models.count();
    doThrow(new IllegalStateException("engine down")).when(registrationProcess)
        .start(argThat(model -> "Mô hình thử lỗi".equals(model.getName())), org.mockito.ArgumentMatchers.any());

    ResponseEntity<Map<String, Object>> answer = Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", "Mô hình thử lỗi"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer.getBody()).containsEntry("title", "Lỗi hệ thống");
    assertThat(models.count()).isEqualTo(modelsBefore);
  }

  @Test
  void unitsSeeOnlyWhatIsTheirsAndTheBoardSeesTheDistrict() {
    long id = register("commune1", "xa-xuan-hong", "Mô hình của Xuân Hồng");

    assertThat(Api.as(rest, "commune2").post("/api/models", Api.registration("xa-xuan-hong", "Mạo danh"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "commune2").get("/api/models/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(ids(Api.as(rest, "commune2").get("/api/models?size=200").getBody())).doesNotContain(id);
    assertThat(ids(Api.as(rest, "reviewer").get("/api/models?size=200&unitId=xa-xuan-hong").getBody()))
        .contains(id);
    assertThat(ids(Api.as(rest, "standing").get("/api/models?size=200&field=ECONOMY&year=2026").getBody()))
        .contains(id);
    assertThat(ids(Api.as(rest, "reviewer").get("/api/models?size=200&field=DEFENCE_SECURITY").getBody()))
        .doesNotContain(id);
  }

  @Test
  void listsArePagesWithTotals() {
    register("commune2", "xa-xuan-tan", "Mô hình 1 của Xuân Tân");
    register("commune2", "xa-xuan-tan", "Mô hình 2 của Xuân Tân");
    Map<String, Object> page = Api.as(rest, "commune2").get("/api/models?unitId=xa-xuan-tan&page=0&size=1")
        .getBody();
    assertThat(page).containsEntry("page", 0).containsEntry("size", 1);
    assertThat(((Number) page.get("totalElements")).longValue()).isGreaterThanOrEqualTo(2);
    assertThat((List<?>) page.get("content")).hasSize(1);
    assertThat(Api.as(rest, "commune2").get("/api/models?size=0").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void meTellsTheUserTheirGroupsAndUnits() {
    Map<String, Object> me = Api.as(rest, "commune1").get("/api/me").getBody();
    assertThat(me).containsEntry("username", "commune1");
    assertThat((String) me.get("name")).contains("Xuân Hồng");
    assertThat(me.get("groups").toString()).contains("xa-xuan-hong");
    assertThat((List<?>) me.get("units")).singleElement()
        .isEqualTo(Map.of("id", "xa-xuan-hong", "name", "Xã Xuân Hồng"));
  }

  @Test
  void healthIsUpWithoutCredentials() {
    ResponseEntity<Map<String, Object>> health = Api.anonymous(rest).get("/actuator/health");
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).containsEntry("status", "UP");
  }

  private long register(String user, String unitId, String name) {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, user).post("/api/models",
        Api.registration(unitId, name));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  /** As Tasklist does it: claim, then complete. */
  private ResponseEntity<Map<String, Object>> completeThroughEngineRest(String user, String taskId,
      Map<String, Object> body) {
    assertThat(Api.as(rest, user).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> completed = Api.as(rest, user)
        .post("/engine-rest/task/" + taskId + "/complete", body);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return completed;
  }

  private String reviewTask(long modelId) {
    List<Map<String, Object>> tasks = Api.as(rest, "reviewer").getList(
        "/engine-rest/task?taskDefinitionKey=Task_ReviewRegistration&processInstanceBusinessKey=model:" + modelId)
        .getBody();
    assertThat(tasks).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  @SuppressWarnings("unchecked")
  private static List<Long> ids(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("content")).stream()
        .map(model -> ((Number) model.get("id")).longValue()).toList();
  }
}
