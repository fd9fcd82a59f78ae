package vn.danvan.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The task list's year column and unit filter, on the page and GET /api/tasks alike (one query): the year a task
 * is about comes with each row and filters it; the unit filter offers only the units the user sees and never
 * widens what they see; each view's count is counted with the filters.
 */
class TaskListYearAndUnitFilterTest extends ServiceOnH2 {

  /** A commune no other suite registers in, so the filtered lists hold only what this suite made. */
  private static final String UNIT = "xa-xuan-phong";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TaskViewRebuild rebuild;

  private long register(String name, int year) {
    Map<String, Object> registration = Api.registration(UNIT, name);
    registration.put("year", year);
    return ((Number) Api.as(rest, "admin").post("/api/models", registration).getBody().get("id")).longValue();
  }

  private String taskOf(long modelId) {
    return jdbc.queryForObject("select task_id from task_view where model_id = ?", String.class, modelId);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("content");
  }

  @Test
  void eachRowCarriesTheYearItIsAboutAndTheYearFiltersThePageAndTheApi() {
    String of2025 = taskOf(register("Mô hình năm 2025 " + System.nanoTime(), 2025));
    String of2026 = taskOf(register("Mô hình năm 2026 " + System.nanoTime(), 2026));

    List<Map<String, Object>> in2025 = rows(Api.as(rest, "reviewer")
        .get("/api/tasks?scope=group&unitId=" + UNIT + "&year=2025&size=200").getBody());
    assertThat(in2025).extracting(r -> r.get("id")).contains(of2025).doesNotContain(of2026);
    assertThat(in2025).allSatisfy(r -> assertThat(r.get("year")).isEqualTo(2025));
    assertThat(rows(Api.as(rest, "reviewer").get("/api/tasks?scope=group&unitId=" + UNIT + "&size=200").getBody()))
        .extracting(r -> r.get("id")).contains(of2025, of2026);

    HttpResponse<String> page = PortalSession.signedIn(port, "reviewer")
        .get("/cong-viec?view=unit&unitId=" + UNIT + "&year=2025");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(">Năm</th>", "<td>2025</td>", "href=\"/viec/" + of2025 + "\"")
        .doesNotContain("href=\"/viec/" + of2026 + "\"");
  }

  @Test
  void aDirectiveTaskShowsTheDirectivesYear() {
    String pi = (String) Api.as(rest, "reviewer").get("/api/directives/" + issueDirective()).getBody()
        .get("processInstanceId");
    List<Integer> years = jdbc.queryForList("select task_year from task_view where process_instance_id = ?",
        Integer.class, pi);
    assertThat(years).isNotEmpty().containsOnly(2026);
  }

  @Test
  void rowsFromBeforeTheYearColumnGetTheirYearAtStart() {
    String task = taskOf(register("Mô hình trước cột năm " + System.nanoTime(), 2024));
    jdbc.update("update task_view set task_year = null where task_id = ?", task);
    rebuild.run(null);
    assertThat(jdbc.queryForObject("select task_year from task_view where task_id = ?", Integer.class, task))
        .isEqualTo(2024);
  }

  @Test
  void theUnitFilterOffersOnlyVisibleUnitsAndNeverWidensWhatAUserSees() {
    String task = taskOf(register("Mô hình lọc đơn vị " + System.nanoTime(), 2026));

    HttpResponse<String> commune2 = PortalSession.signedIn(port, "commune2").get("/cong-viec?view=unit&unitId=" + UNIT);
    assertThat(commune2.statusCode()).isEqualTo(200);
    assertThat(commune2.body()).contains("id=\"filter-unit\"", "value=\"xa-xuan-tan\"")
        .doesNotContain("value=\"" + UNIT + "\"", "href=\"/viec/" + task + "\"");
    for (String scope : List.of("all", "group", "todo", "mine")) {
      assertThat(rows(Api.as(rest, "commune2").get("/api/tasks?scope=" + scope + "&unitId=" + UNIT + "&size=200")
          .getBody())).as(scope).isEmpty();
    }

    HttpResponse<String> reviewer = PortalSession.signedIn(port, "reviewer").get("/cong-viec?view=unit");
    assertThat(reviewer.body()).contains("value=\"" + UNIT + "\"", "Xã Xuân Phong");
  }

  @Test
  void everyViewsCountIsCountedWithTheFilters() {
    register("Mô hình đếm theo bộ lọc " + System.nanoTime(), 2023);
    register("Mô hình đếm theo bộ lọc " + System.nanoTime(), 2023);
    String filters = "&unitId=" + UNIT + "&year=2023";
    String html = PortalSession.signedIn(port, "reviewer").get("/cong-viec?view=unit" + filters).body();
    Map<String, String> scopes = Map.of("Việc của tôi", "mine", "Việc của đơn vị", "group");
    scopes.forEach((view, scope) -> {
      long api = ((Number) Api.as(rest, "reviewer").get("/api/tasks?scope=" + scope + filters).getBody()
          .get("totalElements")).longValue();
      assertThat(badge(html, view)).as(view).isEqualTo(api);
    });
    assertThat(badge(html, "Việc của đơn vị")).isGreaterThanOrEqualTo(2);
    assertThat(html).as("the views keep the filters")
        .containsPattern("href=\"/cong-viec\\?view=mine&amp;unitId=" + UNIT + "&amp;(field=&amp;)?year=2023");
  }

  private static long badge(String html, String view) {
    Matcher m = Pattern.compile(Pattern.quote(view) + "</span>\\s*<span class=\"badge[^\"]*\">(\\d+)<").matcher(html);
    assertThat(m.find()).as(view).isTrue();
    return Long.parseLong(m.group(1));
  }

  private long issueDirective() {
    Map<String, Object> request = Map.of(
        "issuerId", "ban-thuong-vu-huyen", "title", "Chương trình có năm " + System.nanoTime(),
        "planDue", "2026-12-20", "reportFromYear", 2026, "reportToYear", 2026,
        "reportRecipientIds", List.of("ban-thuong-vu-huyen"),
        "tasks", List.of(Map.of("section", "I", "ordinal", 1, "title", "Xây dựng kế hoạch",
            "leadUnitIds", List.of(UNIT), "participantUnitIds", List.of("ban-dan-van-huyen"))));
    return ((Number) Api.as(rest, "reviewer").post("/api/directives", request).getBody().get("id")).longValue();
  }
}
