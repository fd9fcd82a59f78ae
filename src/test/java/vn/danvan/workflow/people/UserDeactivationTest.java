package vn.danvan.workflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.workflow.people.PeopleFixture.UNIT_A;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.security.DisplayNames;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Deactivating a user (administrators): no more login through the API, the portal or Camunda's own check (the
 * webapps'), even with a login remembered a moment before; the tasks they held go back to their groups (one
 * offered to no group goes to the units they leave); their delegations end; the user stays, so names in history
 * remain. A password reset lets a user sign in with the new password at once, and no longer with the old.
 */
class UserDeactivationTest extends ServiceOnH2 {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;
  @Autowired
  DisplayNames names;

  @BeforeEach
  void peopleOfTheirOwn() {
    PeopleFixture.ensure(context);
  }

  @Test
  void aDeactivatedUserCannotSignInTheirTasksGoBackAndTheirNameStays() {
    String user = PeopleFixture.user(context, PeopleFixture.newId("tv-nghi"), "Lê Văn", "Nghỉ", UNIT_A);
    assertThat(Api.as(rest, user).get("/api/me").getStatusCode().value()).as("signed in, and remembered").isEqualTo(200);
    PortalSession opened = PortalSession.signedIn(port, user);
    assertThat(opened.get("/").statusCode()).isEqualTo(200);
    Task offered = task("Việc của nhóm", user, UNIT_A);
    Task alone = task("Việc giao riêng", user, null);
    Task delegated = task("Việc đã chuyển", "admin", null);
    tasks.setOwner(delegated.getId(), user);
    jdbc.update("insert into delegation (absent_user, substitute, starts_on, ends_on, created_at) values (?, ?, ?, ?, ?)",
        PeopleFixture.MEMBER_A, user, Date.valueOf("2026-11-16"), Date.valueOf("2026-11-27"),
        Timestamp.valueOf("2026-11-16 08:00:00"));
    try {
      ResponseEntity<Map<String, Object>> done = Api.as(rest, "admin").post("/api/admin/users/" + user + "/deactivate",
          null);
      assertThat(done.getStatusCode().value()).as("%s", done.getBody()).isEqualTo(200);
      assertThat(done.getBody()).containsEntry("tasksReturned", 2).containsEntry("unitsLeft", List.of(UNIT_A))
          .containsEntry("delegationsCancelled", 1);

      assertThat(Api.as(rest, user).get("/api/me").getStatusCode().value()).as("API").isEqualTo(401);
      assertThat(Api.as(rest, user).status("/engine-rest/task").value()).as("engine-rest").isEqualTo(401);
      PortalSession portal = new PortalSession(port);
      portal.get("/dang-nhap");
      HttpResponse<String> login = portal.post("/dang-nhap", Map.of("username", user, "password", Api.PASSWORD));
      assertThat(login.headers().firstValue("Location").orElseThrow()).as("portal").contains("/dang-nhap?loi");
      assertThat(identity.checkPassword(user, Api.PASSWORD)).as("the webapps' own login").isFalse();
      HttpResponse<String> ended = opened.get("/");
      assertThat(ended.statusCode()).as("a session opened before ends").isEqualTo(302);
      assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap");

      Task back = tasks.createTaskQuery().taskId(offered.getId()).singleResult();
      assertThat(back.getAssignee()).isNull();
      assertThat(candidateGroups(offered)).containsExactly(UNIT_A);
      assertThat(tasks.createTaskQuery().taskId(alone.getId()).singleResult().getAssignee()).isNull();
      assertThat(candidateGroups(alone)).as("a task offered to no group goes to the units they left")
          .containsExactly(UNIT_A);
      assertThat(tasks.createTaskQuery().taskId(delegated.getId()).singleResult().getOwner()).isNull();
      assertThat(jdbc.queryForObject("select count(*) from delegation where substitute = ? and cancelled_at is null",
          Long.class, user)).isZero();

      assertThat(identity.createUserQuery().userId(user).count()).as("the user stays").isOne();
      assertThat(names.of(user)).isEqualTo("Lê Văn Nghỉ");
      assertThat(identity.createGroupQuery().groupMember(user).count()).isZero();
      assertThat(jdbc.queryForObject("select after_json from audit_entry where kind = 'user' and subject_id = ? "
          + "and action = 'UPDATE'", String.class, user)).contains("\"status\":\"DEACTIVATED\"", "\"tasksReturned\":2",
          "\"unitsLeft\":\"" + PeopleFixture.UNIT_A_NAME + "\"");
      assertThat(jdbc.queryForObject("select count(*) from audit_entry where kind = 'membership' and subject_id = ? "
          + "and action = 'DELETE'", Long.class, UNIT_A + "/" + user)).isOne();

      assertThat(Api.as(rest, "admin").post("/api/admin/users/" + user + "/deactivate", null).getStatusCode().value())
          .as("once").isEqualTo(409);
      ResponseEntity<Map<String, Object>> reset = Api.as(rest, "admin").post("/api/admin/users/" + user + "/password",
          Map.of("password", "Mat-khau-tro-lai-2026"));
      assertThat(reset.getStatusCode().value()).as("no way back in by a new password").isEqualTo(409);
      assertThat(reset.getBody().get("type")).isEqualTo("/problems/user-deactivated");
      ResponseEntity<List<Map<String, Object>>> members = Api.as(rest, "admin").getList("/api/units/" + UNIT_A
          + "/members");
      assertThat(members.getBody()).extracting(m -> m.get("userId")).doesNotContain(user);
      assertThat(Api.as(rest, "admin").post("/api/units/" + UNIT_A + "/members", Map.of("userId", user))
          .getStatusCode().value()).isEqualTo(409);
    } finally {
      for (Task task : List.of(offered, alone, delegated)) {
        tasks.deleteTask(task.getId(), true);
      }
    }
  }

  @Test
  void aPasswordResetTakesEffectAtOnce() {
    String user = PeopleFixture.user(context, PeopleFixture.newId("tv-mk"), "Đỗ Thị", "Quên", UNIT_A);
    assertThat(Api.as(rest, user).get("/api/me").getStatusCode().value()).isEqualTo(200);
    ResponseEntity<Map<String, Object>> reset = Api.as(rest, "admin").post("/api/admin/users/" + user + "/password",
        Map.of("password", "Mat-khau-moi-2026"));
    assertThat(reset.getStatusCode().value()).as("%s", reset.getBody()).isEqualTo(204);
    assertThat(Api.as(rest, user, "Mat-khau-moi-2026").get("/api/me").getStatusCode().value()).isEqualTo(200);
    PortalSession portal = new PortalSession(port);
    portal.get("/dang-nhap");
    HttpResponse<String> login = portal.post("/dang-nhap", Map.of("username", user, "password", "Mat-khau-moi-2026"));
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("loi");
    // last: a failed attempt makes Camunda delay the next login
    assertThat(Api.as(rest, user).get("/api/me").getStatusCode().value()).as("the old one, remembered before")
        .isEqualTo(401);
  }

  private Task task(String name, String assignee, String candidateGroup) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setAssignee(assignee);
    tasks.saveTask(task);
    if (candidateGroup != null) {
      tasks.addCandidateGroup(task.getId(), candidateGroup);
    }
    return task;
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).toList();
  }
}
