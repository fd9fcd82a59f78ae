package vn.danvan.workflow.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.directive.MembersInCharge;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * /api/admin/units: the Ban Dân vận of an area builds, renames, moves and closes the units of its area (a move into
 * its own subtree is refused, a unit with open units or tasks below it stays open, 409 naming them); anyone else is
 * refused with 403; the Camunda group follows the row in the same transaction, and every change is audited.
 */
class UnitApiTest extends ServiceOnH2 {

  static final String API = "/api/admin/units";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identity;

  @BeforeEach
  void areaOfItsOwn() {
    UnitFixture.ensureArea(context);
  }

  @AfterEach
  void noCallerLeftBehind() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theAreasBoardCreatesRenamesMovesAndClosesAndTheGroupFollows() throws Exception {
    String district = UnitFixture.newId("huyen");
    String communeA = UnitFixture.newId("xa-a");
    String communeB = UnitFixture.newId("xa-b");
    Api board = Api.as(rest, UnitFixture.MANAGER);
    ResponseEntity<Map<String, Object>> created =
        board.post(API, UnitFixture.unit(district, "Huyện Thử", "DISTRICT", UnitFixture.AREA));
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).hasToString(API + "/" + district);
    assertThat(board.post(API, UnitFixture.unit(communeA, "Xã Thử A", "COMMUNE", district)).getStatusCode().value())
        .isEqualTo(201);
    assertThat(board.post(API, UnitFixture.unit(communeB, "Xã Thử B", "COMMUNE", district)).getStatusCode().value())
        .isEqualTo(201);
    assertThat(group(communeA).getName()).isEqualTo("Xã Thử A");
    assertThat(group(communeA).getType()).isEqualTo("UNIT");
    ResponseEntity<Map<String, Object>> taken = board.post(API, UnitFixture.unit(communeA, "Xã Trùng", "COMMUNE",
        district));
    assertThat(taken.getStatusCode().value()).isEqualTo(409);
    assertThat(taken.getBody().get("type")).isEqualTo("/problems/unit-exists");

    ResponseEntity<Map> renamed = exchange(UnitFixture.MANAGER, HttpMethod.PUT, API + "/" + communeA,
        UnitFixture.change("Xã Thử A (mới)", district));
    assertThat(renamed.getStatusCode().value()).as("%s", renamed.getBody()).isEqualTo(200);
    assertThat(group(communeA).getName()).as("the group is renamed with the unit").isEqualTo("Xã Thử A (mới)");
    assertThat(jdbc.queryForObject("select search_text from unit where id = ?", String.class, communeA))
        .isEqualTo("xa thu a (moi)");

    for (String intoItself : List.of(district, communeA)) {
      ResponseEntity<Map> cycle = exchange(UnitFixture.MANAGER, HttpMethod.PUT, API + "/" + district,
          UnitFixture.change("Huyện Thử", intoItself));
      assertThat(cycle.getStatusCode().value()).as(intoItself).isEqualTo(422);
      assertThat(cycle.getBody().get("type")).isEqualTo("/problems/unit-cycle");
      assertThat(cycle.getHeaders().getContentType()).hasToString("application/problem+json");
    }
    assertThat(parent(district)).isEqualTo(UnitFixture.AREA);
    assertThat(exchange(UnitFixture.MANAGER, HttpMethod.PUT, API + "/" + communeB,
        UnitFixture.change("Xã Thử B", UnitFixture.AREA)).getStatusCode().value()).isEqualTo(200);
    assertThat(parent(communeB)).isEqualTo(UnitFixture.AREA);

    ResponseEntity<Map<String, Object>> blocked = board.post(API + "/" + district + "/close",
        Map.of("closedOn", "2026-11-20"));
    assertThat(blocked.getStatusCode().value()).isEqualTo(409);
    assertThat(blocked.getBody().get("type")).isEqualTo("/problems/unit-close-blocked");
    assertThat((String) blocked.getBody().get("detail"))
        .contains("Chưa đóng được Huyện Thử", "còn 1 đơn vị trực thuộc đang hoạt động (Xã Thử A (mới))");
    ResponseEntity<Map<String, Object>> closed = board.post(API + "/" + communeA + "/close",
        Map.of("closedOn", "2026-11-20", "successorId", communeB));
    assertThat(closed.getStatusCode().value()).as("%s", closed.getBody()).isEqualTo(200);
    assertThat(closed.getBody()).containsEntry("closedOn", "2026-11-20").containsEntry("successorId", communeB);
    assertThat(board.post(API + "/" + district + "/close", Map.of("closedOn", "2026-11-20")).getStatusCode().value())
        .as("nothing open below it now").isEqualTo(200);
    assertThat(board.post(API + "/" + communeA + "/close", Map.of("closedOn", "2026-11-21")).getBody().get("type"))
        .isEqualTo("/problems/unit-closed");
    assertThat(identity.createGroupQuery().groupId(communeA).count()).as("the group stays for history").isOne();

    ResponseEntity<List<Map<String, Object>>> tree = board.getList(API);
    assertThat(tree.getStatusCode().value()).isEqualTo(200);
    assertThat(tree.getBody()).extracting(n -> n.get("id")).containsExactly(UnitFixture.AREA);
    List<Map<String, Object>> below = (List<Map<String, Object>>) tree.getBody().get(0).get("children");
    assertThat(below).extracting(n -> n.get("id")).as("open first, the closed district last")
        .filteredOn(id -> List.of(communeB, UnitFixture.BOARD, district).contains(id))
        .containsExactly(communeB, UnitFixture.BOARD, district);
    assertThat(below).filteredOn(n -> communeB.equals(n.get("id"))).singleElement()
        .satisfies(n -> assertThat(n.get("mayChange")).isEqualTo(true));
    assertThat(tree.getBody().get(0).get("mayChange")).as("not the area itself").isEqualTo(false);

    assertThat(actions(communeA)).containsExactly("CREATE", "UPDATE", "UPDATE");
    ResponseEntity<Map<String, Object>> log = Api.as(rest, "admin").get("/api/admin/audit?kind=unit&size=50");
    List<Map<String, Object>> entries = ((List<Map<String, Object>>) log.getBody().get("content")).stream()
        .filter(e -> communeA.equals(e.get("subjectId"))).toList();
    assertThat(entries).allSatisfy(e -> assertThat(e.get("actor")).isEqualTo(UnitFixture.MANAGER));
    JsonNode closing = json.valueToTree(entries.get(0));
    assertThat(closing.at("/before/name").asText()).isEqualTo("Xã Thử A (mới)");
    assertThat(closing.at("/before/closedOn").textValue()).isNull();
    assertThat(closing.at("/after/closedOn").asText()).isEqualTo("20/11/2026");
    assertThat(closing.at("/after/successorName").asText()).isEqualTo("Xã Thử B");
    JsonNode rename = json.valueToTree(entries.get(1));
    assertThat(rename.at("/before/name").asText()).isEqualTo("Xã Thử A");
    assertThat(rename.at("/after/name").asText()).isEqualTo("Xã Thử A (mới)");
    JsonNode creation = json.valueToTree(entries.get(2));
    assertThat(creation.at("/after/kind").asText()).isEqualTo("COMMUNE");
    assertThat(creation.at("/after/parentName").asText()).isEqualTo("Huyện Thử");
    assertThat(creation.at("/after/registrationReviewerName").asText()).isEqualTo(UnitFixture.BOARD_NAME);
  }

  @Test
  void aCommuneUserAndAnotherAreasBoardAreRefused() {
    String mine = UnitFixture.newId("xa-quyen");
    assertThat(Api.as(rest, UnitFixture.MANAGER).post(API, UnitFixture.unit(mine, "Xã Quyền", "COMMUNE",
        UnitFixture.AREA)).getStatusCode().value()).isEqualTo(201);
    long entries = count();
    ResponseEntity<Map<String, Object>> refused = Api.as(rest, "commune1")
        .post(API, UnitFixture.unit(UnitFixture.newId("thon"), "Thôn Hạ", "COMMUNE", "xa-xuan-hong"));
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(refused.getBody().get("title")).isEqualTo("Không có quyền");
    for (String user : List.of("commune1", "reviewer")) {
      for (String unit : user.equals("commune1") ? List.of("xa-xuan-hong", mine) : List.of(mine)) {
        assertThat(exchange(user, HttpMethod.PUT, API + "/" + unit, UnitFixture.change("Đổi tên", null))
            .getStatusCode().value()).as("%s %s", user, unit).isEqualTo(403);
        assertThat(exchange(user, HttpMethod.POST, API + "/" + unit + "/close", Map.of("closedOn", "2026-11-20"))
            .getStatusCode().value()).as("%s %s", user, unit).isEqualTo(403);
        assertThat(exchange(user, HttpMethod.PUT, API + "/" + unit + "/member-in-charge",
            Map.of("userId", user, "title", "Ủy viên")).getStatusCode().value()).as("%s %s", user, unit)
            .isEqualTo(403);
      }
    }
    Api board = Api.as(rest, UnitFixture.MANAGER);
    assertThat(board.post(API, UnitFixture.unit(UnitFixture.newId("xa"), "Xã Ngoài", "COMMUNE", "huyen-xuan-truong"))
        .getStatusCode().value()).as("outside its area").isEqualTo(403);
    assertThat(exchange(UnitFixture.MANAGER, HttpMethod.PUT, API + "/" + UnitFixture.AREA,
        UnitFixture.change("Tỉnh Đổi", null)).getStatusCode().value()).as("the area itself").isEqualTo(403);
    assertThat(exchange(UnitFixture.MANAGER, HttpMethod.PUT, API + "/" + mine,
        UnitFixture.change("Xã Quyền", "huyen-xuan-truong")).getStatusCode().value()).as("out of its area")
        .isEqualTo(403);
    assertThat(count()).as("no refused change is recorded").isEqualTo(entries);
    assertThat(jdbc.queryForObject("select name from unit where id = 'xa-xuan-hong'", String.class))
        .isEqualTo("Xã Xuân Hồng");

    ResponseEntity<List<Map<String, Object>>> seen = Api.as(rest, "commune1").getList(API);
    assertThat(seen.getStatusCode().value()).isEqualTo(200);
    assertThat(seen.getBody()).extracting(n -> n.get("id")).containsExactly("xa-xuan-hong");
    assertThat(seen.getBody().get(0).get("mayChange")).isEqualTo(false);
    assertThat(Api.as(rest, "commune1").status(API + "/" + mine).value()).isEqualTo(404);
  }

  @Test
  void openTasksKeepAUnitOpen() {
    String commune = UnitFixture.newId("xa-viec");
    Api board = Api.as(rest, UnitFixture.MANAGER);
    board.post(API, UnitFixture.unit(commune, "Xã Còn Việc", "COMMUNE", UnitFixture.AREA));
    TaskService tasks = context.getBean(TaskService.class);
    Task task = tasks.newTask();
    task.setName("Báo cáo quý");
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), commune);
    try {
      ResponseEntity<Map<String, Object>> blocked = board.post(API + "/" + commune + "/close",
          Map.of("closedOn", "2026-11-20"));
      assertThat(blocked.getStatusCode().value()).isEqualTo(409);
      assertThat((String) blocked.getBody().get("detail")).contains("còn 1 công việc đang mở của đơn vị");
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
    assertThat(board.post(API + "/" + commune + "/close", Map.of("closedOn", "2026-11-20")).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void theMemberInChargeIsSetRemovedAndRecorded() {
    String commune = UnitFixture.newId("xa-phu-trach");
    Api board = Api.as(rest, UnitFixture.MANAGER);
    board.post(API, UnitFixture.unit(commune, "Xã Phụ Trách", "COMMUNE", UnitFixture.AREA));
    ResponseEntity<Map> unknown = exchange(UnitFixture.MANAGER, HttpMethod.PUT, API + "/" + commune
        + "/member-in-charge", Map.of("userId", "khong-co-ai", "title", "Ủy viên BCH"));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody().get("type")).isEqualTo("/problems/unknown-user");
    ResponseEntity<Map> set = exchange(UnitFixture.MANAGER, HttpMethod.PUT, API + "/" + commune
        + "/member-in-charge", Map.of("userId", UnitFixture.MANAGER, "title", "Ủy viên BCH phụ trách xã"));
    assertThat(set.getStatusCode().value()).as("%s", set.getBody()).isEqualTo(200);
    assertThat(set.getBody().get("fullName")).as("the account's name").isEqualTo("Lương Thị Quản lý");
    assertThat(context.getBean(MembersInCharge.class).escalationTo(commune, "board")).isEqualTo("user:"
        + UnitFixture.MANAGER);
    assertThat(exchange(UnitFixture.MANAGER, HttpMethod.DELETE, API + "/" + commune + "/member-in-charge", null)
        .getStatusCode().value()).isEqualTo(204);
    assertThat(context.getBean(MembersInCharge.class).escalationTo(commune, "board")).isEqualTo("board");
    assertThat(actions(commune)).containsExactly("CREATE", "UPDATE", "UPDATE");
    String after = jdbc.queryForObject("select after_json from audit_entry where kind = 'unit' and subject_id = ? "
        + "and action = 'UPDATE' order by id fetch first 1 rows only", String.class, commune);
    assertThat(after).contains("\"memberInChargeName\":\"Lương Thị Quản lý\"",
        "\"memberInChargeTitle\":\"Ủy viên BCH phụ trách xã\"");
  }

  /** The engine writes the group in Spring's transaction: a failure after it takes back the row, group and entry. */
  @Test
  void aFailureAfterTheGroupWriteRollsBackTheRowAndTheGroup() {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
        null, List.of(new SimpleGrantedAuthority("camunda-admin"))));
    UnitAdministration administration = context.getBean(UnitAdministration.class);
    String id = UnitFixture.newId("xa-hoan-tac");
    assertThatThrownBy(() -> context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      administration.create(new UnitRequest(id, "Xã Hoàn Tác", UnitKind.COMMUNE, UnitFixture.AREA, null, null));
      assertThat(identity.createGroupQuery().groupId(id).count()).as("written, in the transaction").isOne();
      throw new IllegalStateException("a failure after the group write");
    })).hasMessage("a failure after the group write");
    assertGone(id);

    String probed = UnitFixture.newId("xa-tu-choi");
    jdbc.execute("alter table audit_entry add constraint unit_audit_probe check (subject_id <> '" + probed + "')");
    try {
      ResponseEntity<Map<String, Object>> failed = Api.as(rest, "admin")
          .post(API, UnitFixture.unit(probed, "Xã Từ Chối", "COMMUNE", UnitFixture.AREA));
      assertThat(failed.getStatusCode().is2xxSuccessful()).as("%s", failed.getBody()).isFalse();
    } finally {
      jdbc.execute("alter table audit_entry drop constraint unit_audit_probe");
    }
    assertGone(probed);
  }

  private void assertGone(String id) {
    assertThat(jdbc.queryForObject("select count(*) from unit where id = ?", Long.class, id)).isZero();
    assertThat(identity.createGroupQuery().groupId(id).count()).isZero();
    assertThat(actions(id)).isEmpty();
  }

  private Group group(String id) {
    return identity.createGroupQuery().groupId(id).singleResult();
  }

  private String parent(String id) {
    return jdbc.queryForObject("select parent_id from unit where id = ?", String.class, id);
  }

  private List<String> actions(String id) {
    return jdbc.queryForList("select action from audit_entry where kind = 'unit' and subject_id = ? order by id",
        String.class, id);
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
  }

  private ResponseEntity<Map> exchange(String user, HttpMethod method, String path, Object body) {
    return rest.withBasicAuth(user, Api.PASSWORD).exchange(path, method, body == null ? null : new HttpEntity<>(body),
        Map.class);
  }
}
