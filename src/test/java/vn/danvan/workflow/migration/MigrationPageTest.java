package vn.danvan.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Chuyển đổi quy trình" over plain HTTP, on the same services as /api/admin/migrations: anyone but an
 * administrator gets the 403 page and no menu item; an administrator sees the versions with their instances,
 * the proposed mapping, the refusal of a plan that leaves a waiting step unmapped, the dry run, adds and removes a
 * mapping, confirms, and follows the batch to its end. The plan travels in the form only.
 */
class MigrationPageTest extends ServiceOnH2 {

  static final String PAGE = "/quan-tri/chuyen-doi-quy-trinh";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  MigrationFixture fixture;

  @BeforeEach
  void instancesWaitAtEachStepOfTheOldVersion() {
    fixture = new MigrationFixture(repository, runtime, management, jdbc, rest);
    fixture.oneAtEachStep("Trang chuyển đổi");
  }

  @Test
  void anyoneButAnAdministratorGetsTheRefusalPageAndNoMenuItem() {
    for (String user : List.of("reviewer", "commune1")) {
      PortalSession session = PortalSession.signedIn(port, user);
      assertThat(session.get("/").body()).as(user).doesNotContain("href=\"" + PAGE + "\"", "Quản trị");
      HttpResponse<String> refused = session.get(PAGE + "?quy-trinh=" + MigrationFixture.KEY);
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).contains("Không có quyền").doesNotContain("Phiên bản nguồn");
      assertThat(session.post(PAGE, plan("chay-thu")).statusCode()).as(user).isEqualTo(403);
      assertThat(session.get(PAGE + "/dot/any").statusCode()).as(user).isEqualTo(403);
    }
    String home = PortalSession.signedIn(port, "admin").get("/").body();
    assertThat(home).contains("href=\"" + PAGE + "\"", "Chuyển đổi quy trình", "Quản trị");
  }

  @Test
  void anAdministratorProposesChecksDryRunsAndFollowsTheBatchToItsEnd() {
    PortalSession admin = PortalSession.signedIn(port, "admin");
    HttpResponse<String> chooser = admin.get(PAGE + "?quy-trinh=" + MigrationFixture.KEY);
    assertThat(chooser.statusCode()).isEqualTo(200);
    assertThat(chooser.body()).contains("Chuyển đổi quy trình đang chạy", "Phiên bản nguồn", "Phiên bản đích",
        ">Phiên bản " + source() + " · 2 hồ sơ đang chạy</option>",
        "<option value=\"" + target() + "\" selected=\"selected\">Phiên bản " + target() + " · 0 hồ sơ đang chạy</option>",
        "Giữ nguyên hạn", "Tính lại theo phiên bản mới");

    String proposed = admin.post(PAGE, plan("de-xuat")).body();
    assertThat(proposed).contains("Ánh xạ các bước: phiên bản " + source() + " → phiên bản " + target(),
        "Thẩm định hồ sơ đăng ký", MigrationFixture.REVIEW, "Tự động (cùng mã)",
        "Bổ sung hồ sơ (Task_ReviseDossier): 1 hồ sơ", "chưa ánh xạ", "Chưa thêm ánh xạ nào.")
        .doesNotContain("name=\"anh-xa\"");

    String refused = admin.post(PAGE, plan("kiem-tra")).body();
    assertThat(refused).contains("Kế hoạch chưa thực hiện được", "Có 1 hồ sơ đang chờ ở bước",
        "hãy thêm một ánh xạ").doesNotContain("Kế hoạch hợp lệ");

    String dryRun = admin.post(PAGE, plan("chay-thu")).body();
    assertThat(dryRun).contains("Kết quả chạy thử", "2 hồ sơ đang chạy; đã thử 2: 1 sẽ chuyển được, 1 sẽ lỗi.",
        "Hồ sơ sẽ lỗi và lý do", "model:", "Tại bước " + MigrationFixture.OLD_REVISE);

    Map<String, String> adding = plan("them");
    adding.put("them-nguon", MigrationFixture.OLD_REVISE);
    adding.put("them-dich", MigrationFixture.REVISE);
    String added = admin.post(PAGE, adding).body();
    assertThat(added).contains("name=\"anh-xa\" value=\"Task_ReviseDossier&gt;Task_ReviseRegistration\"",
        "Bổ sung hồ sơ (Task_ReviseDossier) → Bổ sung, hoàn thiện hồ sơ (Task_ReviseRegistration)", "Do bạn thêm")
        .doesNotContain("chưa ánh xạ");

    assertThat(admin.post(PAGE, mapped("kiem-tra")).body()).contains("Kế hoạch hợp lệ")
        .doesNotContain("Kế hoạch chưa thực hiện được");
    assertThat(admin.post(PAGE, mapped("chay-thu")).body())
        .contains("2 hồ sơ đang chạy; đã thử 2: 2 sẽ chuyển được, 0 sẽ lỗi.").doesNotContain("Hồ sơ sẽ lỗi và lý do");

    Map<String, String> removing = mapped("de-xuat");
    removing.remove("hanh-dong");
    removing.put("bo-anh-xa", "Task_ReviseDossier>Task_ReviseRegistration");
    assertThat(admin.post(PAGE, removing).body()).doesNotContain("name=\"anh-xa\"").contains("chưa ánh xạ");

    Map<String, String> wrongKind = plan("de-xuat");
    wrongKind.put("anh-xa", MigrationFixture.OLD_REVISE + ">Task_MarkResubmitted");
    assertThat(admin.post(PAGE, wrongKind).body()).contains("Kế hoạch chưa thực hiện được",
        "Task_ReviseDossier → Task_MarkResubmitted", "Hai bước khác loại",
        "name=\"anh-xa\" value=\"Task_ReviseDossier&gt;Task_MarkResubmitted\"");

    long batches = management.createBatchQuery().count();
    assertThat(admin.post(PAGE, mapped("xac-nhan")).body()).contains("Xác nhận chuyển đổi",
        "Tôi đã kiểm tra kế hoạch và kết quả chạy thử", "Bắt đầu chuyển đổi", "Hạn xử lý: Tính lại theo phiên bản mới");
    HttpResponse<String> unticked = admin.post(PAGE, mapped("thuc-hien"));
    assertThat(unticked.statusCode()).isEqualTo(200);
    assertThat(unticked.body()).contains("Hãy đánh dấu ô xác nhận trước khi bắt đầu.");
    assertThat(management.createBatchQuery().count()).as("nothing starts without the box ticked").isEqualTo(batches);

    Map<String, String> confirmed = mapped("thuc-hien");
    confirmed.put("da-kiem-tra", "true");
    HttpResponse<String> started = admin.post(PAGE, confirmed);
    assertThat(started.statusCode()).isEqualTo(302);
    String progressPath = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    Matcher batch = Pattern.compile(PAGE + "/dot/([^/?]+)$").matcher(progressPath);
    assertThat(batch.find()).as(progressPath).isTrue();
    String batchId = batch.group(1);
    assertThat(management.createBatchQuery().count()).isEqualTo(batches + 1);

    String running = admin.get(progressPath).body();
    assertThat(running).contains("Tiến độ chuyển đổi", "Đang chạy: 0/2 việc đã xong.", "aria-valuenow=\"0\"",
        "hx-trigger=\"every 2s\"", "hx-get=\"" + PAGE + "/dot/" + batchId + "/tien-do\"", "Tính lại theo phiên bản mới",
        "2 hồ sơ trong đợt", fixture.source.getVersion() + " → " + fixture.target.getVersion());

    fixture.runBatch(batchId);
    HttpResponse<String> done = htmx(admin, HttpRequest.newBuilder(admin.uri(progressPath + "/tien-do")).GET());
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).doesNotContain("<html", "hx-trigger", "hx-get")
        .contains("data-finished=\"true\"", "aria-valuenow=\"100\"", "bar-width-100",
            "Đã hoàn tất: 2 hồ sơ đã chuyển, 0 hồ sơ còn ở phiên bản nguồn.", "0 việc lỗi");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(fixture.target.getId()).count()).isEqualTo(2);
    assertThat(admin.get(PAGE).body()).as("the run is listed").contains(PAGE + "/dot/" + batchId);
  }

  @Test
  void htmxRedrawsThePlanSectionOnlyAndEveryPostNeedsItsCsrfToken() {
    PortalSession admin = PortalSession.signedIn(port, "admin");
    admin.get(PAGE + "?quy-trinh=" + MigrationFixture.KEY);
    HttpResponse<String> redrawn = htmx(admin, HttpRequest.newBuilder(admin.uri(PAGE))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encoded(withCsrf(admin, mapped("chay-thu"))))));
    assertThat(redrawn.statusCode()).isEqualTo(200);
    assertThat(redrawn.body()).startsWith("<section id=\"plan\"").doesNotContain("<html", "Các đợt chuyển đổi gần đây")
        .contains("2 sẽ chuyển được, 0 sẽ lỗi");

    long batches = management.createBatchQuery().count();
    Map<String, String> confirmed = mapped("thuc-hien");
    confirmed.put("da-kiem-tra", "true");
    assertThat(admin.postRaw(PAGE, confirmed).statusCode()).as("no CSRF token").isEqualTo(403);
    assertThat(management.createBatchQuery().count()).isEqualTo(batches);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(fixture.source.getId()).count()).isEqualTo(2);
  }

  private int source() {
    return fixture.source.getVersion();
  }

  private int target() {
    return fixture.target.getVersion();
  }

  private Map<String, String> plan(String action) {
    Map<String, String> form = new HashMap<>();
    form.put("quy-trinh", MigrationFixture.KEY);
    form.put("nguon", String.valueOf(source()));
    form.put("dich", String.valueOf(target()));
    form.put("han", DueDates.RECOMPUTE.name());
    form.put("hanh-dong", action);
    return form;
  }

  private Map<String, String> mapped(String action) {
    Map<String, String> form = plan(action);
    form.put("anh-xa", MigrationFixture.OLD_REVISE + ">" + MigrationFixture.REVISE);
    return form;
  }

  private static Map<String, String> withCsrf(PortalSession session, Map<String, String> form) {
    form.put("_csrf", session.csrf());
    return form;
  }

  private static HttpResponse<String> htmx(PortalSession session, HttpRequest.Builder request) {
    return session.send(request.header("HX-Request", "true").header("Accept", "text/html"));
  }

  private static String encoded(Map<String, String> form) {
    return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }
}
