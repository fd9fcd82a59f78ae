package vn.danvan.workflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.workflow.people.PeopleFixture.MANAGER_A;
import static vn.danvan.workflow.people.PeopleFixture.MANAGER_B;
import static vn.danvan.workflow.people.PeopleFixture.MEMBER_A;
import static vn.danvan.workflow.people.PeopleFixture.UNIT_A;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
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
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * /api/units/{unitId}/members and /managers: a commune's manager manages its own members only, another commune's
 * manager and a plain member get 403 (problem+json), administrators everything; each change is audited (never a
 * password), and Camunda's identity tables and ours commit or roll back together.
 */
class MembersApiTest extends ServiceOnH2 {

  static final String MEMBERS = "/api/units/" + UNIT_A + "/members";
  static final String NEW_PASSWORD = "Mat-khau-moi-2026";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identity;

  @BeforeEach
  void peopleOfTheirOwn() {
    PeopleFixture.ensure(context);
  }

  @AfterEach
  void noCallerLeftBehind() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aCommuneManagesOnlyItsOwnMembersAndAdministratorsEverything() {
    for (String user : List.of("admin", MANAGER_A)) {
      ResponseEntity<List<Map<String, Object>>> list = Api.as(rest, user).getList(MEMBERS);
      assertThat(list.getStatusCode().value()).as(user).isEqualTo(200);
      assertThat(list.getBody()).as(user).anySatisfy(m -> {
        assertThat(m.get("userId")).isEqualTo(MANAGER_A);
        assertThat(m.get("name")).isEqualTo("Quản Lý Xã A");
        assertThat(m.get("email")).isEqualTo(MANAGER_A + "@thanhvien.test.danvan.vn");
        assertThat(m.get("manager")).isEqualTo(true);
      }).anySatisfy(m -> {
        assertThat(m.get("userId")).isEqualTo(MEMBER_A);
        assertThat(m.get("manager")).isEqualTo(false);
      });
    }
    String outsider = PeopleFixture.user(context, PeopleFixture.newId("tv-ngoai"), "Người", "Ngoài", null);
    String created = PeopleFixture.newId("tv-moi");
    for (String user : List.of(MANAGER_B, MEMBER_A)) {
      assertForbidden(exchange(user, HttpMethod.GET, MEMBERS, null), user);
      assertForbidden(exchange(user, HttpMethod.POST, MEMBERS, Map.of("userId", outsider)), user);
      assertForbidden(exchange(user, HttpMethod.POST, MEMBERS + "/new", newMember(created)), user);
      assertForbidden(exchange(user, HttpMethod.DELETE, MEMBERS + "/" + MEMBER_A, null), user);
    }
    for (String user : List.of(MANAGER_A, MANAGER_B, MEMBER_A)) {
      assertForbidden(exchange(user, HttpMethod.PUT, "/api/units/" + UNIT_A + "/managers/" + MEMBER_A, null), user);
      assertForbidden(exchange(user, HttpMethod.POST, "/api/admin/users/" + MEMBER_A + "/password",
          Map.of("password", NEW_PASSWORD)), user);
      assertForbidden(exchange(user, HttpMethod.POST, "/api/admin/users/" + MEMBER_A + "/deactivate", null), user);
    }
    assertThat(memberOfA(outsider)).isFalse();
    assertThat(identity.createUserQuery().userId(created).count()).isZero();
    assertThat(memberOfA(MEMBER_A)).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor in (?, ?)", Long.class, MANAGER_B,
        MEMBER_A)).isZero();

    ResponseEntity<Map> added = exchange(MANAGER_A, HttpMethod.POST, MEMBERS, Map.of("userId", outsider));
    assertThat(added.getStatusCode().value()).as("%s", added.getBody()).isEqualTo(201);
    assertThat(memberOfA(outsider)).isTrue();
    ResponseEntity<Map> made = exchange(MANAGER_A, HttpMethod.POST, MEMBERS + "/new", newMember(created));
    assertThat(made.getStatusCode().value()).as("%s", made.getBody()).isEqualTo(201);
    assertThat(made.getBody()).containsEntry("name", "Nguyễn Văn Mới").containsEntry("manager", false);
    assertThat(Api.as(rest, created, "Mat-khau-dau-2026").get("/api/me").getStatusCode().value())
        .as("the new user signs in with the password given").isEqualTo(200);
    assertThat(exchange(MANAGER_A, HttpMethod.DELETE, MEMBERS + "/" + outsider, null).getStatusCode().value())
        .isEqualTo(204);
    assertThat(memberOfA(outsider)).isFalse();
    assertThat(identity.createUserQuery().userId(outsider).count()).as("the account stays").isOne();

    ResponseEntity<Map> appointed = exchange("admin", HttpMethod.PUT, "/api/units/" + UNIT_A + "/managers/" + created,
        null);
    assertThat(appointed.getStatusCode().value()).isEqualTo(200);
    assertThat(appointed.getBody()).containsEntry("manager", true);
    assertThat(Api.as(rest, created, "Mat-khau-dau-2026").getList(MEMBERS).getStatusCode().value())
        .as("an appointed manager manages").isEqualTo(200);
    assertThat(exchange("admin", HttpMethod.DELETE, MEMBERS + "/" + created, null).getStatusCode().value())
        .isEqualTo(204);
    assertThat(jdbc.queryForObject("select count(*) from unit_manager where user_id = ?", Long.class, created))
        .as("leaving the unit ends its management").isZero();
  }

  @Test
  void eachChangeIsAuditedAndNoPasswordIsEverWritten() {
    String created = PeopleFixture.newId("tv-nk");
    assertThat(exchange(MANAGER_A, HttpMethod.POST, MEMBERS + "/new", newMember(created)).getStatusCode().value())
        .isEqualTo(201);
    assertThat(exchange("admin", HttpMethod.PUT, "/api/units/" + UNIT_A + "/managers/" + created, null)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(exchange("admin", HttpMethod.PUT, "/api/units/" + UNIT_A + "/managers/" + created, null)
        .getStatusCode().value()).as("again: nothing changes").isEqualTo(200);
    assertThat(exchange("admin", HttpMethod.POST, "/api/admin/users/" + created + "/password",
        Map.of("password", NEW_PASSWORD)).getStatusCode().value()).isEqualTo(204);
    assertThat(exchange(MANAGER_A, HttpMethod.DELETE, MEMBERS + "/" + created, null).getStatusCode().value())
        .isEqualTo(204);

    String subject = UNIT_A + "/" + created;
    assertThat(jdbc.queryForList("select action from audit_entry where kind = 'membership' and subject_id = ? "
        + "order by id", String.class, subject)).containsExactly("CREATE", "UPDATE", "DELETE");
    assertThat(jdbc.queryForList("select action from audit_entry where kind = 'user' and subject_id = ? order by id",
        String.class, created)).containsExactly("CREATE", "UPDATE");
    Map<String, Object> appointment = jdbc.queryForMap("select actor, before_json, after_json from audit_entry "
        + "where kind = 'membership' and subject_id = ? and action = 'UPDATE'", subject);
    assertThat(appointment.get("actor")).isEqualTo("admin");
    assertThat((String) appointment.get("before_json")).contains("\"manager\":false", "\"unitName\":\""
        + PeopleFixture.UNIT_A_NAME + "\"", "\"userName\":\"Nguyễn Văn Mới\"");
    assertThat((String) appointment.get("after_json")).contains("\"manager\":true");
    assertThat(jdbc.queryForObject("select after_json from audit_entry where kind = 'user' and subject_id = ? "
        + "and action = 'UPDATE'", String.class, created)).isEqualTo("{\"password\":\"RESET\"}");
    assertThat(jdbc.queryForObject("select actor from audit_entry where kind = 'membership' and subject_id = ? "
        + "and action = 'DELETE'", String.class, subject)).isEqualTo(MANAGER_A);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where before_json like ? or after_json like ? "
        + "or before_json like ? or after_json like ?", Long.class, "%Mat-khau-dau%", "%Mat-khau-dau%",
        "%" + NEW_PASSWORD + "%", "%" + NEW_PASSWORD + "%")).as("no password in the log").isZero();
  }

  @Test
  void refusalsAreReadableProblemsAndChangeNothing() {
    long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    Map<String, Object> shortPassword = newMember(PeopleFixture.newId("tv-ngan"));
    shortPassword.put("password", "ngan");
    assertThat(exchange(MANAGER_A, HttpMethod.POST, MEMBERS + "/new", shortPassword).getStatusCode().value())
        .isEqualTo(400);
    assertThat(exchange(MANAGER_A, HttpMethod.POST, MEMBERS + "/new", newMember("Có Dấu")).getStatusCode().value())
        .isEqualTo(400);
    ResponseEntity<Map> taken = exchange(MANAGER_A, HttpMethod.POST, MEMBERS + "/new", newMember(MANAGER_B));
    assertThat(taken.getStatusCode().value()).isEqualTo(409);
    assertThat(taken.getBody().get("type")).isEqualTo("/problems/user-exists");
    ResponseEntity<Map> twice = exchange(MANAGER_A, HttpMethod.POST, MEMBERS, Map.of("userId", MEMBER_A));
    assertThat(twice.getStatusCode().value()).isEqualTo(409);
    assertThat(twice.getBody().get("detail")).isEqualTo("Thành Viên Xã A đã là thành viên của "
        + PeopleFixture.UNIT_A_NAME + ".");
    assertThat(exchange(MANAGER_A, HttpMethod.POST, MEMBERS, Map.of("userId", "tv-khong-co")).getStatusCode().value())
        .isEqualTo(404);
    assertThat(exchange(MANAGER_A, HttpMethod.DELETE, MEMBERS + "/" + MANAGER_B, null).getStatusCode().value())
        .as("not a member").isEqualTo(404);
    assertThat(exchange("admin", HttpMethod.GET, "/api/units/xa-khong-co/members", null).getStatusCode().value())
        .isEqualTo(404);
    assertThat(exchange("admin", HttpMethod.POST, "/api/admin/users/admin/deactivate", null).getStatusCode().value())
        .as("not oneself").isEqualTo(400);
    assertThat(exchange("admin", HttpMethod.POST, "/api/admin/users/" + MEMBER_A + "/password",
        Map.of("password", "short")).getStatusCode().value()).isEqualTo(400);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(entries);
    assertThat(Api.as(rest, MEMBER_A).get("/api/me").getStatusCode().value()).isEqualTo(200);
    assertThat(rest.getForObject("/v3/api-docs", String.class)).contains("/api/units/{unitId}/members/new",
        "/api/units/{unitId}/managers/{userId}", "/api/admin/users/{id}/password", "/api/admin/users/{id}/deactivate");
  }

  /** The engine's identity writes join Spring's transaction: rolled back, the user and membership never were. */
  @Test
  void aUserAndTheirMembershipCommitOrRollBackWithOurRows() {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
        null, List.of(new SimpleGrantedAuthority("camunda-admin"))));
    String id = PeopleFixture.newId("tv-hoan");
    context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      context.getBean(Members.class).create(UNIT_A, new NewMember(id, "Văn", "Hoàn", id + "@x.vn", NEW_PASSWORD));
      assertThat(identity.createUserQuery().userId(id).count()).isOne();
      status.setRollbackOnly();
    });
    assertThat(identity.createUserQuery().userId(id).count()).isZero();
    assertThat(identity.createUserQuery().memberOfGroup(UNIT_A).userId(id).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_id in (?, ?)", Long.class, id,
        UNIT_A + "/" + id)).isZero();
  }

  private boolean memberOfA(String user) {
    return identity.createUserQuery().userId(user).memberOfGroup(UNIT_A).count() > 0;
  }

  static Map<String, Object> newMember(String id) {
    Map<String, Object> body = new HashMap<>();
    body.put("userId", id);
    body.put("firstName", "Nguyễn Văn");
    body.put("lastName", "Mới");
    body.put("email", "moi@thanhvien.test.danvan.vn");
    body.put("password", "Mat-khau-dau-2026");
    return body;
  }

  private static void assertForbidden(ResponseEntity<Map> answer, String user) {
    assertThat(answer.getStatusCode().value()).as("%s %s", user, answer.getBody()).isEqualTo(403);
    assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
  }

  private ResponseEntity<Map> exchange(String user, HttpMethod method, String path, Object body) {
    return rest.withBasicAuth(user, Api.PASSWORD).exchange(path, method, body == null ? null : new HttpEntity<>(body),
        Map.class);
  }
}
