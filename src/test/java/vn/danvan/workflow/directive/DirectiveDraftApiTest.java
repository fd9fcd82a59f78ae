package vn.danvan.workflow.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * /api/directives/drafts: a draft is saved without a process or assignments and is no directive yet (404), is edited
 * and previewed (due dates in working days), then issued as POST /api/directives issues at once; a commune may do
 * none of it (403); each create, edit and issue is in the change log with before and after.
 */
class DirectiveDraftApiTest extends ServiceOnH2 {

  static final String HOA = "xa-xuan-hoa";
  static final String THUONG = "xa-xuan-thuong";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtime;

  @Test
  void aDraftIsSavedEditedAndIssuedAndEachStepIsAudited() {
    ResponseEntity<Map<String, Object>> saved = Api.as(rest, "reviewer").post("/api/directives/drafts",
        request("Dự thảo qua API"));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) saved.getBody().get("id")).longValue();
    assertThat(saved.getBody()).containsEntry("status", "DRAFT").containsEntry("coordinatorId", "ban-dan-van-huyen");
    assertThat(saved.getBody().get("preview").toString())
        .contains("planEscalateOn=2026-12-02", "name=Xã Xuân Hòa", "name=Xã Xuân Thượng", "dueOn=2026-12-21");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BusinessKey.directive(id)).count())
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from directive_assignment where directive_id = ?", Integer.class,
        id)).isZero();
    assertThat(Api.as(rest, "reviewer").status("/api/directives/" + id)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "commune1").status("/api/directives/drafts/" + id)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "reviewer").getList("/api/directives/drafts").getBody())
        .anyMatch(d -> ((Number) d.get("id")).longValue() == id);

    Map<String, Object> changed = request("Dự thảo qua API (sửa)");
    changed.put("assignedUnitIds", List.of(HOA));
    assertThat(put("commune1", id, changed).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> edited = put("reviewer", id, changed);
    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(edited.getBody().get("preview").toString()).contains("Xã Xuân Hòa").doesNotContain("Xã Xuân Thượng");

    assertThat(Api.as(rest, "commune1").post("/api/directives/drafts/" + id + "/issue", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> issued = Api.as(rest, "reviewer")
        .post("/api/directives/drafts/" + id + "/issue", null);
    assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) issued.getBody().get("id")).longValue()).isEqualTo(id);
    assertThat(issued.getBody().get("processInstanceId")).isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BusinessKey.directive(id)).count())
        .isOne();
    Map<String, Object> directive = Api.as(rest, "reviewer").get("/api/directives/" + id).getBody();
    assertThat(directive).containsEntry("title", "Dự thảo qua API (sửa)");
    assertThat(directive.get("assignments").toString()).contains(HOA).doesNotContain(THUONG);
    assertThat(Api.as(rest, "reviewer").post("/api/directives/drafts/" + id + "/issue", null).getStatusCode())
        .as("a draft is issued once").isEqualTo(HttpStatus.NOT_FOUND);

    List<Map<String, Object>> log = jdbc.queryForList("select actor, action, before_json, after_json from audit_entry"
        + " where kind = 'directive' and subject_id = ? order by id", String.valueOf(id));
    assertThat(log).extracting(e -> e.get("action")).containsExactly("CREATE", "UPDATE", "UPDATE");
    assertThat(log).allMatch(e -> "reviewer".equals(e.get("actor")));
    assertThat((String) log.get(0).get("after_json")).contains("\"status\":\"DRAFT\"", "\"title\":\"Dự thảo qua API\"",
        "\"assignedUnitIds\":\"xa-xuan-hoa, xa-xuan-thuong\"", "\"planDue\":\"2026-11-27\"",
        "I.1 Tuyên truyền Chỉ thị (chủ trì: xa-xuan-hoa; phối hợp: xa-xuan-thuong; hạn 2026-12-31)");
    assertThat((String) log.get(1).get("before_json")).contains("\"title\":\"Dự thảo qua API\"");
    assertThat((String) log.get(1).get("after_json")).contains("\"title\":\"Dự thảo qua API (sửa)\"",
        "\"assignedUnitIds\":\"xa-xuan-hoa\"");
    assertThat((String) log.get(2).get("before_json")).contains("\"status\":\"DRAFT\"")
        .doesNotContain("processInstanceId");
    assertThat((String) log.get(2).get("after_json")).contains("\"status\":\"ISSUED\"",
        "\"processInstanceId\":\"" + issued.getBody().get("processInstanceId") + "\"");
  }

  @Test
  void issuingAtOnceKeepsItsAnswerAndIsAuditedTooWhileABadDraftIsRefusedAsTheApiRefuses() {
    ResponseEntity<Map<String, Object>> issued = Api.as(rest, "reviewer").post("/api/directives",
        request("Ban hành ngay qua API"));
    assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = String.valueOf(issued.getBody().get("id"));
    assertThat(jdbc.queryForList("select after_json from audit_entry where kind = 'directive' and subject_id = ?"
        + " and action = 'CREATE'", String.class, id)).singleElement().asString()
        .contains("\"status\":\"ISSUED\"", "\"processInstanceId\":\"" + issued.getBody().get("processInstanceId"));

    Map<String, Object> noPlanDue = request("Dự thảo thiếu hạn");
    noPlanDue.remove("planDue");
    ResponseEntity<Map<String, Object>> refused = Api.as(rest, "reviewer").post("/api/directives/drafts", noPlanDue);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("planDue");
    Map<String, Object> unknown = request("Dự thảo đơn vị lạ");
    unknown.put("assignedUnitIds", List.of("xa-khong-ton-tai"));
    assertThat(Api.as(rest, "reviewer").post("/api/directives/drafts", unknown).getBody())
        .containsEntry("type", "/problems/unknown-unit");
    assertThat(Api.as(rest, "commune1").post("/api/directives/drafts", request("Dự thảo của xã")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from directive where title in (?, ?, ?)", Integer.class,
        "Dự thảo thiếu hạn", "Dự thảo đơn vị lạ", "Dự thảo của xã")).isZero();
  }

  private ResponseEntity<Map> put(String user, long id, Map<String, Object> body) {
    return rest.withBasicAuth(user, Api.PASSWORD)
        .exchange("/api/directives/drafts/" + id, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
  }

  /** Plans due Friday 27/11/2026 for two communes no other suite assigns, reports for 2026. */
  static Map<String, Object> request(String title) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("issuerId", "ban-thuong-vu-huyen");
    body.put("title", title);
    body.put("planDue", "2026-11-27");
    body.put("reportFromYear", 2026);
    body.put("reportToYear", 2026);
    body.put("escalateAfter", "P3WD");
    body.put("tasks", List.of(Map.of("section", "I", "ordinal", 1, "title", "Tuyên truyền Chỉ thị",
        "deadline", "2026-12-31", "leadUnitIds", List.of(HOA), "participantUnitIds", List.of(THUONG))));
    body.put("assignedUnitIds", List.of(HOA, THUONG));
    return body;
  }
}
