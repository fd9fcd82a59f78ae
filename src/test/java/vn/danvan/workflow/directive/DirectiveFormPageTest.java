package vn.danvan.workflow.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Ban hành chỉ đạo" over plain HTTP: the Ban Dân vận saves a draft (no process, nothing assigned), edits it,
 * previews it (its units, the plans' escalation and the reports' due dates moved over weekends, in working days) and
 * issues it (its process starts); an error is named beside its field with everything typed kept; a commune gets 403
 * and no link. The service's clock stands at Friday 20/11/2026 (ServiceOnH2).
 */
class DirectiveFormPageTest extends ServiceOnH2 {

  /** Communes no other suite assigns, so the plans this suite gives them disturb no one. */
  static final String HOA = "xa-xuan-hoa";
  static final String THUONG = "xa-xuan-thuong";

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtime;

  @Test
  void aCommuneUserIsRefusedAndOfferedNoLink() {
    PortalSession commune = PortalSession.signedIn(port, "commune1");
    assertThat(commune.get("/chi-dao").body()).doesNotContain("href=\"/chi-dao/moi\"");
    HttpResponse<String> refused = commune.get("/chi-dao/moi");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Không có quyền");
    assertThat(commune.post("/chi-dao/moi", form("Chỉ đạo của xã")).statusCode()).isEqualTo(403);
    assertThat(titled("Chỉ đạo của xã")).isZero();

    assertThat(PortalSession.signedIn(port, "reviewer").get("/chi-dao").body())
        .contains("href=\"/chi-dao/moi\"", "Ban hành chỉ đạo");
  }

  @Test
  void aDraftStartsNothingIsEditedPreviewedInWorkingDaysAndIssued() {
    PortalSession board = PortalSession.signedIn(port, "reviewer");
    String blank = board.get("/chi-dao/moi").body();
    assertThat(blank).contains("<h1 class=\"h3\">Ban hành chỉ đạo</h1>", "name=\"tasks[0].title\"",
        "value=\"" + HOA + "\"", "name=\"_csrf\"").doesNotContain("name=\"tasks[1].title\"");
    Map<String, String> fields = form("Kế hoạch thử ban hành từ biểu mẫu");
    HttpResponse<String> twoRows = board.post("/chi-dao/moi", with(fields, "them-dong", "1"));
    assertThat(twoRows.body()).as("a row added, what was typed kept")
        .contains("name=\"tasks[1].title\"", "value=\"Kế hoạch thử ban hành từ biểu mẫu\"");

    HttpResponse<String> saved = board.post("/chi-dao/moi", fields);
    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/chi-dao/\\d+/xem-truoc");
    long id = Long.parseLong(location.replaceAll(".*/chi-dao/(\\d+)/xem-truoc", "$1"));
    assertThat(jdbc.queryForObject("select status from directive where id = ?", String.class, id)).isEqualTo("DRAFT");
    assertThat(jdbc.queryForObject("select count(*) from directive_assignment where directive_id = ?", Integer.class,
        id)).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BusinessKey.directive(id)).count())
        .isZero();
    assertThat(board.get("/chi-dao/" + id).statusCode()).as("a draft has no board yet").isEqualTo(404);

    String preview = board.get("/chi-dao/" + id + "/xem-truoc").body();
    assertThat(preview).contains("Đã lưu dự thảo", "Xem trước khi ban hành", "Giao cho 2 đơn vị", "Xã Xuân Hòa",
        "Xã Xuân Thượng", "Ban Thường vụ Huyện ủy", "27/11/2026",
        // plans due Friday 27/11, escalated 3 working days later: Wednesday, over the weekend
        "02/12/2026 (P3WD)",
        // the annual report due on the 20th, a Sunday: Monday 21/12
        "21/12/2026", "I.1 Tuyên truyền Chỉ thị", "Chủ trì: Xã Xuân Hòa", "Phối hợp: Xã Xuân Thượng");
    assertThat(board.get("/chi-dao").body()).contains("Dự thảo chưa ban hành", "href=\"/chi-dao/" + id + "/sua\"");

    assertThat(board.get("/chi-dao/" + id + "/sua").body())
        .contains("Sửa dự thảo chỉ đạo", "value=\"Kế hoạch thử ban hành từ biểu mẫu\"", "value=\"2026-11-27\"");
    Map<String, String> changed = with(fields, "title", "Kế hoạch thử ban hành (đã sửa)");
    assertThat(board.post("/chi-dao/" + id + "/sua", changed).statusCode()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select title from directive where id = ?", String.class, id))
        .isEqualTo("Kế hoạch thử ban hành (đã sửa)");

    HttpResponse<String> issued = board.post("/chi-dao/" + id + "/ban-hanh", Map.of());
    assertThat(issued.statusCode()).isEqualTo(302);
    assertThat(issued.headers().firstValue("Location").orElseThrow()).endsWith("/chi-dao/" + id);
    assertThat(jdbc.queryForObject("select status from directive where id = ?", String.class, id)).isEqualTo("ISSUED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BusinessKey.directive(id)).count())
        .isOne();
    assertThat(jdbc.queryForList("select unit_id from directive_assignment where directive_id = ? order by unit_id",
        String.class, id)).containsExactly(HOA, THUONG);
    assertThat(board.get("/chi-dao/" + id).body()).contains("Đã ban hành", "Kế hoạch thử ban hành (đã sửa)");
    assertThat(board.post("/chi-dao/" + id + "/ban-hanh", Map.of()).statusCode()).as("issued once").isEqualTo(404);
    assertThat(jdbc.queryForList("select action from audit_entry where kind = 'directive' and subject_id = ? "
        + "order by id", String.class, String.valueOf(id))).containsExactly("CREATE", "UPDATE", "UPDATE");
  }

  @Test
  void errorsAreNamedBesideTheirFieldsAndNothingTypedIsLost() {
    PortalSession board = PortalSession.signedIn(port, "reviewer");
    board.get("/chi-dao/moi");
    Map<String, String> wrong = form("Kế hoạch có lỗi");
    wrong.put("planDue", "2026-13-45");
    wrong.put("tasks[0].title", " ");
    wrong.put("basis", "Căn cứ giữ nguyên");
    HttpResponse<String> refused = board.post("/chi-dao/moi", wrong);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"planDue-error\">Ngày không hợp lệ.</div>", "value=\"2026-13-45\"",
        "value=\"Kế hoạch có lỗi\"", "value=\"Căn cứ giữ nguyên\"", "value=\"I\"",
        "<option value=\"" + HOA + "\" selected=\"selected\">");

    wrong.put("planDue", "2026-11-27");
    HttpResponse<String> blankTask = board.post("/chi-dao/moi", wrong);
    assertThat(blankTask.body()).contains("id=\"tasks[0].title-error\">không được để trống</div>");

    Map<String, String> years = form("Kế hoạch có lỗi");
    years.put("reportToYear", "2025");
    assertThat(board.post("/chi-dao/moi", years).body())
        .contains("id=\"reportToYear-error\">Năm cuối báo cáo phải sau năm đầu</div>", "value=\"2025\"");
    assertThat(titled("Kế hoạch có lỗi")).as("nothing saved").isZero();
  }

  private int titled(String title) {
    return jdbc.queryForObject("select count(*) from directive where title = ?", Integer.class, title);
  }

  /** The form as the page posts it; several units of one field comma separated, as Spring binds them. */
  static Map<String, String> form(String title) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("coordinatorId", "ban-dan-van-huyen");
    form.put("issuerId", "ban-thuong-vu-huyen");
    form.put("title", title);
    form.put("number", "99-KH/HU");
    form.put("planDue", "2026-11-27");
    form.put("reportFromYear", "2026");
    form.put("reportToYear", "2026");
    form.put("reportDueDay", "20");
    form.put("escalateAfterDays", "3");
    form.put("consolidateAfterDays", "7");
    form.put("assignedUnitIds", HOA + "," + THUONG);
    form.put("tasks[0].section", "I");
    form.put("tasks[0].ordinal", "1");
    form.put("tasks[0].title", "Tuyên truyền Chỉ thị");
    form.put("tasks[0].deadline", "2026-12-31");
    form.put("tasks[0].leadUnitIds", HOA);
    form.put("tasks[0].participantUnitIds", THUONG);
    return form;
  }

  private static Map<String, String> with(Map<String, String> fields, String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.put(name, value);
    return copy;
  }
}
