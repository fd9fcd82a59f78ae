package vn.danvan.workflow.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.support.VietnamClock;

/**
 * Delegation for absence: while a delegation is in force (by the service's clock, Vietnam days, both ends included)
 * the substitute sees, claims and completes what is offered or assigned to the absent official, marked "thay cho";
 * the decision history and the Camunda task's comments name both. Before and after its dates, once cancelled, and
 * for anybody else nothing is offered and completion is refused. Only a colleague of one's unit may be named.
 */
class DelegationForAbsenceTest extends ServiceOnH2 {

  /** The absent official and the substitute share this commune; the absent one also reviews for Ban Dân vận. */
  private static final String SHARED_UNIT = "xa-xuan-vinh";
  /** Registrations of this commune are reviewed by Ban Dân vận, which neither the substitute nor the third sees. */
  private static final String MODEL_UNIT = "xa-xuan-thuy";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;

  String absent;
  String substitute;
  String third;

  @BeforeEach
  void threeColleagues() {
    long n = System.nanoTime();
    absent = "vang" + n;
    substitute = "thay" + n;
    third = "khac" + n;
    user(absent, "Nguyễn Văn", "Vắng", SHARED_UNIT, "ban-dan-van-huyen");
    user(substitute, "Trần Thị", "Thay", SHARED_UNIT);
    user(third, "Lê Văn", "Khác", SHARED_UNIT);
  }

  private void user(String id, String first, String last, String... groups) {
    User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }

  private ResponseEntity<Map<String, Object>> delegate(String from, String to, String startsOn, String endsOn) {
    return Api.as(rest, from).post("/api/delegations", Map.of("substitute", to, "startsOn", startsOn,
        "endsOn", endsOn));
  }

  private long register() {
    return ((Number) Api.as(rest, "admin").post("/api/models",
        Api.registration(MODEL_UNIT, "Mô hình khi vắng mặt " + System.nanoTime())).getBody().get("id")).longValue();
  }

  private String taskOf(long modelId) {
    return jdbc.queryForObject("select task_id from task_view where model_id = ?", String.class, modelId);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> row(String user, String scope, String taskId) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) Api.as(rest, user)
        .get("/api/tasks?scope=" + scope + "&unitId=" + MODEL_UNIT + "&size=200").getBody().get("content");
    return rows.stream().filter(r -> taskId.equals(r.get("id"))).findFirst().orElse(null);
  }

  private ResponseEntity<Map<String, Object>> complete(String user, String taskId) {
    return Api.as(rest, user).post("/api/tasks/" + taskId + "/complete",
        Map.of("decision", "APPROVE", "comment", "Hồ sơ đầy đủ"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> lastDecision(long modelId) {
    List<Map<String, Object>> history = Api.as(rest, "admin").getList("/api/models/" + modelId + "/history")
        .getBody().stream().map(m -> (Map<String, Object>) m).toList();
    return history.get(history.size() - 1);
  }

  @Test
  void inForceTheSubstituteSeesClaimsAndCompletesTheAbsentOfficialsGroupTaskAndTheHistoryNamesBoth() {
    assertThat(delegate(absent, substitute, "2026-11-20", "2026-11-22").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    long modelId = register();
    String task = taskOf(modelId);

    assertThat(row(substitute, "group", task)).as("Việc của đơn vị").containsEntry("onBehalfOf", absent);
    assertThat(row(substitute, "todo", task)).isNotNull();
    assertThat(row(substitute, "mine", task)).isNull();
    String unitView = PortalSession.signedIn(port, substitute).get("/cong-viec?view=unit&unitId=" + MODEL_UNIT).body();
    assertThat(unitView).contains("href=\"/viec/" + task + "\"", "thay cho Nguyễn Văn Vắng");
    assertThat(Api.as(rest, third).get("/api/tasks/" + task).getStatusCode()).as("a third").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, third).post("/api/tasks/" + task + "/claim", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> claimed = Api.as(rest, substitute).post("/api/tasks/" + task + "/claim", null);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(claimed.getBody()).containsEntry("assignee", substitute).containsEntry("onBehalfOf", absent);
    assertThat(row(substitute, "mine", task)).as("Việc của tôi").containsEntry("onBehalfOf", absent);
    assertThat(complete(third, task).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(complete(substitute, task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(lastDecision(modelId)).containsEntry("decision", "APPROVE").containsEntry("actor", substitute)
        .containsEntry("onBehalfOf", absent);
    assertThat(tasks.getTaskComments(task)).extracting(Comment::getFullMessage)
        .contains("Trần Thị Thay nhận việc thay cho Nguyễn Văn Vắng",
            "Trần Thị Thay hoàn thành việc thay cho Nguyễn Văn Vắng");
    // the model page's timeline names people as the portal does everywhere: by their name, not their login
    assertThat(PortalSession.signedIn(port, "admin").get("/mo-hinh/" + modelId).body())
        .contains("thay cho Nguyễn Văn Vắng").doesNotContain("thay cho " + absent);
  }

  @Test
  void aTaskTheAbsentOfficialHoldsIsCompletedByTheSubstituteInTheirName() {
    long modelId = register();
    String task = taskOf(modelId);
    assertThat(Api.as(rest, absent).post("/api/tasks/" + task + "/claim", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(complete(substitute, task).getStatusCode()).as("before any delegation")
        .isEqualTo(HttpStatus.NOT_FOUND);
    delegate(absent, substitute, "2026-11-20", "2026-11-20");

    assertThat(row(substitute, "mine", task)).as("Việc của tôi").containsEntry("assignee", absent)
        .containsEntry("onBehalfOf", absent);
    HttpResponse<String> page = PortalSession.signedIn(port, substitute).get("/viec/" + task);
    assertThat(page.body()).contains("thay cho Nguyễn Văn Vắng", ">Hoàn thành</button>");
    assertThat(complete(third, task).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(complete(substitute, task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(lastDecision(modelId)).containsEntry("actor", substitute).containsEntry("onBehalfOf", absent);
  }

  @Test
  void aTaskTheSubstituteReleasesCarriesNoMarkToItsNextHolder() {
    delegate(absent, substitute, "2026-11-20", "2026-11-22");
    long modelId = register();
    String task = taskOf(modelId);
    assertThat(Api.as(rest, substitute).post("/api/tasks/" + task + "/claim", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, substitute).post("/api/tasks/" + task + "/unclaim", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "reviewer").post("/api/tasks/" + task + "/claim", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(complete("reviewer", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> decision = lastDecision(modelId);
    assertThat(decision).containsEntry("actor", "reviewer");
    assertThat(decision.get("onBehalfOf")).as("for nobody").isNull();
  }

  @Test
  void beforeAndAfterItsDatesNothingIsOfferedAndCompletionIsRefused() {
    assertThat(delegate(absent, substitute, "2026-11-23", "2026-11-24").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    long modelId = register();
    String groupTask = taskOf(modelId);
    long heldModel = register();
    String heldTask = taskOf(heldModel);
    Api.as(rest, absent).post("/api/tasks/" + heldTask + "/claim", null);

    // Friday 20/11: not yet
    assertThat(row(substitute, "group", groupTask)).isNull();
    assertThat(Api.as(rest, substitute).post("/api/tasks/" + groupTask + "/claim", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(complete(substitute, heldTask).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // Monday 23/11 at 00:05 in Việt Nam: in force
    VietnamClock.set("2026-11-23T00:05");
    assertThat(row(substitute, "group", groupTask)).containsEntry("onBehalfOf", absent);
    assertThat(row(substitute, "mine", heldTask)).containsEntry("onBehalfOf", absent);

    // Wednesday 25/11 at 00:05: over, on every path
    VietnamClock.set("2026-11-25T00:05");
    assertThat(row(substitute, "group", groupTask)).isNull();
    assertThat(Api.as(rest, substitute).post("/api/tasks/" + groupTask + "/claim", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(complete(substitute, heldTask).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, substitute).post("/engine-rest/task/" + heldTask + "/complete",
        Map.of("variables", Map.of("decision", Map.of("value", "APPROVE")))).getStatusCode())
        .as("engine-rest").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(jdbc.queryForObject("select count(*) from task_view where task_id = ?", Integer.class, heldTask))
        .isEqualTo(1);
  }

  @Test
  void engineRestAcceptsTheSubstituteInForceForTheAbsentOfficialsTaskOnly() {
    long modelId = register();
    String heldTask = taskOf(modelId);
    Api.as(rest, absent).post("/api/tasks/" + heldTask + "/claim", null);
    Map<String, Object> approve = Map.of("variables", Map.of("decision", Map.of("value", "APPROVE")));
    assertThat(Api.as(rest, third).post("/engine-rest/task/" + heldTask + "/complete", approve).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    delegate(absent, substitute, "2026-11-19", "2026-11-21");
    assertThat(Api.as(rest, third).post("/engine-rest/task/" + heldTask + "/complete", approve).getStatusCode())
        .as("a third, still").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, substitute).post("/engine-rest/task/" + heldTask + "/complete", approve).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(lastDecision(modelId)).containsEntry("actor", substitute).containsEntry("onBehalfOf", absent);
  }

  @Test
  void onlyAColleagueOfOnesUnitOnDaysNotPastAndNotOverlappingMayBeNamedAndOnlyOneselfCancels() {
    assertThat(delegate(absent, absent, "2026-11-20", "2026-11-22").getBody()).containsEntry("title",
        "Không tự ủy quyền được");
    assertThat(delegate(absent, "commune1", "2026-11-20", "2026-11-22").getBody())
        .containsEntry("title", "Không cùng đơn vị");
    assertThat(delegate(absent, "nobody-" + absent, "2026-11-20", "2026-11-22").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(delegate(absent, substitute, "2026-11-22", "2026-11-20").getBody())
        .containsEntry("title", "Ngày không hợp lệ");
    assertThat(delegate(absent, substitute, "2026-11-01", "2026-11-19").getBody())
        .containsEntry("title", "Ngày đã qua");

    ResponseEntity<Map<String, Object>> created = delegate(absent, substitute, "2026-11-20", "2026-11-22");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("active", true).containsEntry("substituteName", "Trần Thị Thay");
    assertThat(delegate(absent, third, "2026-11-22", "2026-11-30").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    long id = ((Number) created.getBody().get("id")).longValue();
    assertThat(Api.as(rest, substitute).getList("/api/delegations").getBody()).extracting(d -> d.get("id"))
        .contains((int) id);
    assertThat(Api.as(rest, third).getList("/api/delegations").getBody()).isEmpty();

    assertThat(Api.as(rest, substitute).post("/api/delegations/" + id + "/cancel", null).getStatusCode())
        .as("the substitute does not cancel").isEqualTo(HttpStatus.NOT_FOUND);
    String task = taskOf(register());
    assertThat(row(substitute, "group", task)).isNotNull();
    ResponseEntity<Map<String, Object>> cancelled = Api.as(rest, absent).post("/api/delegations/" + id + "/cancel", null);
    assertThat(cancelled.getBody()).containsEntry("active", false);
    assertThat(row(substitute, "group", task)).as("cancelled").isNull();
  }

  @Test
  void thePageCreatesListsAndCancelsWithDatesAsOfficialsWriteThem() {
    PortalSession session = PortalSession.signedIn(port, absent);
    String page = session.get("/uy-quyen").body();
    assertThat(page).contains("Ủy quyền khi vắng mặt", "value=\"" + substitute + "\"", "Trần Thị Thay",
        "value=\"20/11/2026\"").doesNotContain("value=\"commune1\"");

    HttpResponse<String> refused = session.post("/uy-quyen", Map.of("substitute", substitute,
        "startsOn", "20/11/2026", "endsOn", "31/02/2027"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Hãy ghi ngày bắt đầu và ngày kết thúc dạng dd/MM/yyyy", "value=\"20/11/2026\"");

    HttpResponse<String> created = session.post("/uy-quyen", Map.of("substitute", substitute,
        "startsOn", "20/11/2026", "endsOn", "27/11/2026"));
    assertThat(created.statusCode()).isEqualTo(302);
    String listed = session.get("/uy-quyen").body();
    assertThat(listed).contains("Đã ủy quyền cho Trần Thị Thay từ 20/11/2026 đến hết 27/11/2026.",
        "20/11/2026 – 27/11/2026", "Đang hiệu lực", "Hủy ủy quyền");
    assertThat(PortalSession.signedIn(port, substitute).get("/uy-quyen").body())
        .contains("Nguyễn Văn Vắng", "Đang hiệu lực").doesNotContain("Hủy ủy quyền");

    long id = jdbc.queryForObject("select id from delegation where absent_user = ?", Long.class, absent);
    assertThat(session.post("/uy-quyen/" + id + "/huy", Map.of()).statusCode()).isEqualTo(302);
    assertThat(session.get("/uy-quyen").body()).contains("Đã hủy ủy quyền.", "Đã hủy");
  }
}
