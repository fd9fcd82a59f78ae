package vn.danvan.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
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
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.audit.Audit;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * /api/authorities and /api/admin/audit: authorities are changed by administrators only, an authority in use is
 * not deleted (409 naming what uses it, where it was 500), and each change is recorded with who, when, before and
 * after, in the transaction of the change: a refused change leaves no entry.
 */
class AuthorityApiTest extends ServiceOnH2 {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectMapper json;

  @BeforeEach
  void areaOfItsOwn() {
    AuthorityFixture.ensureArea(context);
  }

  @AfterEach
  void noCallerLeftBehind() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void anAuthorityInUseIsNotDeletedAndTheAnswerNamesWhatUsesIt() {
    long id = AuthorityFixture.added(rest, "Chủ tịch UBND xã (đang dùng)");
    String model = AuthorityFixture.usedByARewardProposal(context, id, "Mô hình dùng thẩm quyền");

    ResponseEntity<Map> refused = exchange("admin", HttpMethod.DELETE, "/api/authorities/" + id, null);

    assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(409);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(refused.getBody().get("type")).isEqualTo("/problems/authority-in-use");
    assertThat(refused.getBody().get("title")).isEqualTo("Thẩm quyền đang được dùng");
    assertThat((String) refused.getBody().get("detail")).contains("1 đề nghị khen thưởng (mô hình: " + model + ")");
    assertThat(jdbc.queryForObject("select count(*) from authority where id = ?", Long.class, id)).isOne();
    assertThat(actions(id)).as("the refused delete is not recorded").containsExactly("CREATE");
  }

  @Test
  void onlyAdministratorsChangeAuthoritiesOrReadTheLog() {
    long id = AuthorityFixture.added(rest, "Chủ tịch UBND xã (quyền)");
    for (String user : List.of("reviewer", "commune1")) {
      assertThat(Api.as(rest, user).getList("/api/authorities").getStatusCode().value()).as(user).isEqualTo(200);
      assertThat(Api.as(rest, user).post("/api/authorities", AuthorityFixture.giayKhen("Của " + user))
          .getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(exchange(user, HttpMethod.PUT, "/api/authorities/" + id, AuthorityFixture.giayKhen("Đổi"))
          .getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(exchange(user, HttpMethod.DELETE, "/api/authorities/" + id, null).getStatusCode().value())
          .as(user).isEqualTo(403);
      assertThat(Api.as(rest, user).get("/api/admin/audit").getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(jdbc.queryForObject("select actor_title from authority where id = ?", String.class, id))
        .isEqualTo("Chủ tịch UBND xã (quyền)");
    assertThat(actions(id)).containsExactly("CREATE");
    // other suites' units, members and directives are changed by these users too: only the authorities count here
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where kind = 'authority' "
        + "and actor in ('reviewer', 'commune1')", Long.class)).isZero();
  }

  @Test
  void addingEditingAndDeletingAreEachRecordedWithBeforeAndAfter() throws Exception {
    long id = AuthorityFixture.added(rest, "Chủ tịch UBND xã (nhật ký)");
    Map<String, Object> changed = AuthorityFixture.giayKhen("Chủ tịch UBND xã (nhật ký)");
    changed.put("rewardFormName", "Giấy khen của Chủ tịch UBND xã");
    ResponseEntity<Map> updated = exchange("admin", HttpMethod.PUT, "/api/authorities/" + id, changed);
    assertThat(updated.getStatusCode().value()).as("%s", updated.getBody()).isEqualTo(200);
    assertThat(updated.getBody().get("rewardFormName")).isEqualTo("Giấy khen của Chủ tịch UBND xã");
    assertThat(exchange("admin", HttpMethod.PUT, "/api/authorities/" + id, changed).getStatusCode().value())
        .as("the same again changes nothing").isEqualTo(200);
    assertThat(exchange("admin", HttpMethod.DELETE, "/api/authorities/" + id, null).getStatusCode().value())
        .isEqualTo(204);
    assertThat(jdbc.queryForObject("select count(*) from authority where id = ?", Long.class, id)).isZero();
    assertThat(actions(id)).containsExactly("CREATE", "UPDATE", "DELETE");

    ResponseEntity<Map<String, Object>> log = Api.as(rest, "admin").get("/api/admin/audit?kind=authority&size=3");
    assertThat(log.getStatusCode().value()).isEqualTo(200);
    List<Map<String, Object>> newestFirst = (List<Map<String, Object>>) log.getBody().get("content");
    assertThat(newestFirst).extracting(e -> e.get("action")).containsExactly("DELETE", "UPDATE", "CREATE");
    assertThat(newestFirst).allSatisfy(e -> {
      assertThat(e.get("subjectId")).isEqualTo(String.valueOf(id));
      assertThat(e.get("actor")).isEqualTo("admin");
      assertThat(e.get("kind")).isEqualTo("authority");
      assertThat(e.get("at")).isEqualTo("2026-11-20T03:00:00Z");
    });
    JsonNode update = json.valueToTree(newestFirst.get(1));
    assertThat(update.at("/before/rewardFormName").asText()).isEqualTo("Giấy khen");
    assertThat(update.at("/after/rewardFormName").asText()).isEqualTo("Giấy khen của Chủ tịch UBND xã");
    assertThat(update.at("/after/areaName").asText()).isEqualTo(AuthorityFixture.AREA_NAME);
    assertThat(update.at("/after/power").asText()).isEqualTo("REWARD");
    assertThat(newestFirst.get(0).get("after")).as("nothing after a delete").isNull();
    assertThat(json.valueToTree(newestFirst.get(0)).at("/before/actorTitle").asText())
        .isEqualTo("Chủ tịch UBND xã (nhật ký)");
    assertThat(newestFirst.get(2).get("before")).as("nothing before an addition").isNull();

    for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
      assertThat(exchange("admin", method, "/api/admin/audit", Map.of()).getStatusCode().value())
          .as("the log cannot be changed: %s", method).isEqualTo(405);
      assertThat(exchange("admin", method, "/api/admin/audit/1", Map.of()).getStatusCode().value())
          .as("nor an entry: %s", method).isIn(404, 405);
    }
  }

  @Test
  void aRefusedChangeLeavesNoEntry() {
    long entries = count();
    Map<String, Object> unknownUnit = AuthorityFixture.giayKhen("Chủ tịch UBND xã không có");
    unknownUnit.put("areaId", "xa-khong-co");
    ResponseEntity<Map<String, Object>> refused = Api.as(rest, "admin").post("/api/authorities", unknownUnit);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("type")).isEqualTo("/problems/unknown-unit");
    Map<String, Object> blank = AuthorityFixture.giayKhen(" ");
    assertThat(Api.as(rest, "admin").post("/api/authorities", blank).getStatusCode().value()).isEqualTo(400);
    long id = AuthorityFixture.added(rest, "Chủ tịch UBND xã (từ chối)");
    assertThat(exchange("admin", HttpMethod.PUT, "/api/authorities/" + id, unknownUnit).getStatusCode().value())
        .isEqualTo(400);
    assertThat(exchange("admin", HttpMethod.DELETE, "/api/authorities/987654321", null).getStatusCode().value())
        .isEqualTo(404);
    assertThat(count()).as("only the one added").isEqualTo(entries + 1);
    assertThat(jdbc.queryForObject("select area_id from authority where id = ?", String.class, id))
        .isEqualTo(AuthorityFixture.AREA);
  }

  /** A reference no check knows (a table of the test's) still stops the delete: 409, and its entry is rolled back. */
  @Test
  void aDeleteTheDatabaseRefusesTakesItsEntryBackWithIt() {
    long id = AuthorityFixture.added(rest, "Chủ tịch UBND xã (tham chiếu lạ)");
    jdbc.execute("create table authority_probe (authority_id bigint references authority (id))");
    try {
      jdbc.update("insert into authority_probe values (?)", id);
      ResponseEntity<Map> refused = exchange("admin", HttpMethod.DELETE, "/api/authorities/" + id, null);
      assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(409);
      assertThat((String) refused.getBody().get("detail")).contains("dữ liệu khác đang tham chiếu");
    } finally {
      jdbc.execute("drop table authority_probe");
    }
    assertThat(jdbc.queryForObject("select count(*) from authority where id = ?", Long.class, id)).isOne();
    assertThat(actions(id)).as("the entry written before the refused delete is gone").containsExactly("CREATE");
  }

  @Test
  void anEntryIsWrittenOnlyInTheTransactionOfItsChange() {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
        null, List.of(new SimpleGrantedAuthority("camunda-admin"))));
    Audit audit = context.getBean(Audit.class);
    String tx = "tx-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-";
    assertThatThrownBy(() -> audit.created("authority", tx + "none", Map.of("actorTitle", "x")))
        .isInstanceOf(IllegalTransactionStateException.class);
    context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      audit.created("authority", tx + "rolled-back", Map.of("actorTitle", "x"));
      status.setRollbackOnly();
    });
    context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
        audit.created("authority", tx + "committed", Map.of("actorTitle", "x")));
    assertThat(jdbc.queryForList("select subject_id from audit_entry where subject_id like ?", String.class, tx + "%"))
        .containsExactly(tx + "committed");
  }

  private List<String> actions(long id) {
    return jdbc.queryForList("select action from audit_entry where kind = 'authority' and subject_id = ? order by id",
        String.class, String.valueOf(id));
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
  }

  private ResponseEntity<Map> exchange(String user, HttpMethod method, String path, Object body) {
    return rest.withBasicAuth(user, Api.PASSWORD).exchange(path, method, body == null ? null : new HttpEntity<>(body),
        Map.class);
  }
}
