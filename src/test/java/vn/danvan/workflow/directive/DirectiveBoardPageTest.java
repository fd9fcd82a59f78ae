package vn.danvan.workflow.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import vn.danvan.workflow.notification.Notification;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.NotificationRepository;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.support.VietnamClock;

/**
 * The directive board (/chi-dao) applies the API's rules: each unit's plan and reports coloured and worded by
 * status, due and sent dates, working days late; a commune sees its own row only and no other unit's directive;
 * only the Ban Dân vận reminds, with its CSRF token, and the late unit's people get the reminder. On the shared H2
 * service at 20/11/2026 (a Friday), each test on a directive of its own.
 */
class DirectiveBoardPageTest extends ServiceOnH2 {

  static final String XSS = "<script>alert(1)</script>";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  UnitRepository units;

  BoardScenario scenario;

  @BeforeEach
  void scenario() {
    scenario = new BoardScenario(rest, tasks, management);
  }

  @Test
  void theDemoProgramsBoardShowsEveryAssignedUnitWithItsMemberInChargeAndTheLegend() {
    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    HttpResponse<String> list = reviewer.get("/chi-dao");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("<title>Theo dõi Chương trình hành động", "Chương trình hành động thực hiện Chỉ thị số 11-CT/TU",
        "Ban Thường vụ Huyện ủy", "href=\"/chi-dao\"");
    long demo = ((Number) ((List<?>) Api.as(rest, "reviewer").get("/api/directives?size=200").getBody().get("content"))
        .stream().map(d -> (Map<?, ?>) d).filter(d -> DirectiveDemoData.TITLE.equals(d.get("title"))).findFirst()
        .orElseThrow().get("id")).longValue();

    String board = reviewer.get("/chi-dao/" + demo).body();
    assertThat(board).contains("<h1 class=\"h3\">Theo dõi Chương trình hành động</h1>", "Chú giải", "Gửi đúng hạn",
        "Gửi muộn", "Chưa gửi, quá hạn", "Trả lại để sửa", "Chưa đến hạn", "Kế hoạch", "Quý I", "Quý II", "Quý III",
        "Cả năm", "Ủy viên phụ trách");
    assertThat(rowNames(board)).hasSize(30).contains("Xã Xuân Hồng", "Xã Xuân Tân", "UBND huyện Xuân Trường",
        "Ban Tuyên giáo Huyện ủy").doesNotContain("Ban Dân vận Huyện ủy");
    assertThat(row(board, "Xã Xuân Hồng")).contains("Đinh Văn Hùng", "Hạn 21/12/2026");
    assertThat(row(board, "Xã Xuân Tân")).contains("Ngô Thị Lan");
    assertThat(row(board, "UBND huyện Xuân Trường")).contains("Nguyễn Văn Trưởng ban");
    assertThat(statuses(board, "Xã Xuân Hồng")).containsExactly("NOT_DUE", "NOT_REQUESTED", "NOT_REQUESTED",
        "NOT_REQUESTED", "NOT_DUE");
  }

  @Test
  void eachCellShowsItsStatusDueDateSentDateAndWorkingDaysLate() {
    long id = scenario.issue("Chương trình thử bảng theo dõi " + System.nanoTime(), "2026-11-25",
        List.of("xa-xuan-hong", "xa-xuan-tan", "xa-xuan-bac", "xa-xuan-chau"));
    scenario.sendPlan(id, "xa-xuan-hong", "15-KH/ĐU");                  // Friday 20/11: on time
    scenario.sendPlan(id, "xa-xuan-bac", "7-KH/ĐU");
    scenario.reviewPlan(id, "xa-xuan-bac", "RETURN", "Chưa phân công người phụ trách");  // returned
    VietnamClock.set("2026-11-27T09:00");                                // due Wednesday 25/11; now Friday 27/11
    scenario.sendPlan(id, "xa-xuan-chau", "3-KH/ĐU");                   // late by Thursday and Friday

    String board = PortalSession.signedIn(port, "reviewer").get("/chi-dao/" + id).body();
    assertThat(rowNames(board)).containsExactly("Xã Xuân Bắc", "Xã Xuân Châu", "Xã Xuân Hồng", "Xã Xuân Tân");
    assertThat(board).contains("Tiến độ của các đơn vị năm 2026", "Tải báo cáo số liệu năm 2026");
    assertThat(statuses(board, "Xã Xuân Hồng")).containsExactly("ON_TIME", "NOT_REQUESTED", "NOT_REQUESTED",
        "NOT_REQUESTED", "NOT_DUE");
    assertThat(row(board, "Xã Xuân Hồng")).contains("Gửi đúng hạn", "chờ xem xét", "Hạn 25/11/2026", "Gửi 20/11/2026",
        "href=\"/chi-dao/" + id + "/don-vi/xa-xuan-hong\"", "Hạn 21/12/2026").doesNotContain("ngày làm việc")
        .as("a round not asked for has no due date").doesNotContain("Hạn 20/03/2026");
    assertThat(statuses(board, "Xã Xuân Châu").get(0)).isEqualTo("LATE");
    assertThat(row(board, "Xã Xuân Châu")).contains("Gửi muộn", "Gửi 27/11/2026", "quá 2 ngày làm việc");
    assertThat(statuses(board, "Xã Xuân Bắc").get(0)).isEqualTo("RETURNED");
    assertThat(row(board, "Xã Xuân Bắc")).contains("Trả lại để sửa", "href=\"/viec/");
    assertThat(statuses(board, "Xã Xuân Tân").get(0)).isEqualTo("MISSING");
    assertThat(row(board, "Xã Xuân Tân")).contains("Chưa gửi, quá hạn", "quá 2 ngày làm việc", "href=\"/viec/",
        "Nhắc</span><span class=\"visually-hidden\"> Xã Xuân Tân</span>", "action=\"/chi-dao/" + id + "/nhac/xa-xuan-tan\"");
    assertThat(row(board, "Xã Xuân Hồng")).as("nothing late: no reminder").doesNotContain("/nhac/");
    // the legend counts the cells: one of each plan status, 4 x 3 quarters not requested, 4 annual reports not due
    assertThat(board).contains("(1 ô)", "(12 ô)", "(4 ô)");

    String file = PortalSession.signedIn(port, "reviewer").get("/chi-dao/" + id + "/don-vi/xa-xuan-bac").body();
    assertThat(file).contains("7-KH/ĐU", "Chưa phân công người phụ trách", "Quán triệt đến 100% chi bộ");
  }

  @Test
  void aCommuneSeesItsOwnRowOnlyMayNotRemindAndNeverSeesAnotherUnitsDirective() {
    long both = scenario.issue("Chương trình hai xã " + System.nanoTime(), "2026-11-10",
        List.of("xa-xuan-hong", "xa-xuan-tan"));
    long other = scenario.issue("Chương trình riêng Xuân Tân " + System.nanoTime(), "2026-11-10",
        List.of("xa-xuan-tan"));

    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> board = commune1.get("/chi-dao/" + both);
    assertThat(board.statusCode()).isEqualTo(200);
    assertThat(rowNames(board.body())).containsExactly("Xã Xuân Hồng");
    assertThat(statuses(board.body(), "Xã Xuân Hồng").get(0)).isEqualTo("MISSING");
    assertThat(board.body()).doesNotContain("Xuân Tân", "Đôn đốc", "/nhac/");
    assertThat(commune1.get("/chi-dao").body()).contains("Chương trình hai xã").doesNotContain("Chương trình riêng Xuân Tân");

    HttpResponse<String> hidden = commune1.get("/chi-dao/" + other);
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.body()).contains("Không tìm thấy trang").doesNotContain("Chương trình riêng");
    assertThat(commune1.get("/chi-dao/" + other + "/bao-cao/2026?dinh-dang=xlsx").statusCode()).isEqualTo(404);
    assertThat(commune1.get("/chi-dao/" + both + "/don-vi/xa-xuan-tan").statusCode()).isEqualTo(404);

    commune1.get("/chi-dao/" + both);
    HttpResponse<String> refused = commune1.send(HttpRequest.newBuilder(commune1.uri("/chi-dao/" + both + "/nhac/xa-xuan-hong"))
        .header("HX-Request", "true").header("X-CSRF-TOKEN", commune1.csrf()).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(commune1.post("/chi-dao/" + other + "/nhac/xa-xuan-tan", Map.of()).statusCode()).isEqualTo(404);
    assertThat(remindersOf("commune1", both)).isEmpty();
  }

  @Test
  void theRemindButtonPostsWithItsCsrfTokenRemindsTheLateUnitsPeopleAndShowsWhoRemindedWhen() {
    String title = "Chương trình thử nhắc " + System.nanoTime();
    long id = scenario.issue(title, "2026-11-10", List.of("xa-xuan-tan", "xa-xuan-hong"));
    scenario.sendPlan(id, "xa-xuan-hong", "1-KH/ĐU"); // late too, but sent: nothing to remind of
    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    reviewer.get("/chi-dao/" + id);

    assertThat(reviewer.postRaw("/chi-dao/" + id + "/nhac/xa-xuan-tan", Map.of()).statusCode())
        .as("without the CSRF token").isEqualTo(403);
    assertThat(remindersOf("commune2", id)).isEmpty();

    HttpResponse<String> reminded = reviewer.send(HttpRequest.newBuilder(reviewer.uri("/chi-dao/" + id + "/nhac/xa-xuan-tan"))
        .header("HX-Request", "true").header("X-CSRF-TOKEN", reviewer.csrf()).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(reminded.statusCode()).isEqualTo(200);
    assertThat(reminded.body()).doesNotContain("<html").contains("role=\"status\"",
        "Đã nhắc Xã Xuân Tân: kế hoạch thực hiện.", "Đã nhắc 20/11/2026 10:00, Trần Thị Thẩm định");
    List<Notification> sent = remindersOf("commune2", id);
    assertThat(sent).singleElement().satisfies(n -> {
      assertThat(n.getKind()).isEqualTo(NotificationKind.REMINDER);
      assertThat(n.getRecipientGroup()).isEqualTo("xa-xuan-tan");
      assertThat(n.getTaskId()).isEqualTo(scenario.task(id, DirectiveProcess.SUBMIT_PLAN, "xa-xuan-tan"));
      assertThat(n.getMessage()).contains("Trần Thị Thẩm định (Ban Dân vận Huyện ủy) đề nghị khẩn trương hoàn thành",
          "Xây dựng, gửi kế hoạch thực hiện");
    });
    assertThat(PortalSession.signedIn(port, "commune2").get("/thong-bao").body()).contains(title, "Nhắc việc");

    HttpResponse<String> again = reviewer.post("/chi-dao/" + id + "/nhac/xa-xuan-tan", Map.of());
    assertThat(again.statusCode()).as("without htmx: back to the board").isEqualTo(302);
    String board = reviewer.get("/chi-dao/" + id).body();
    assertThat(board).contains("Xã Xuân Tân đã được nhắc hôm nay");
    assertThat(row(board, "Xã Xuân Tân")).contains("Đã nhắc 20/11/2026 10:00, Trần Thị Thẩm định");
    assertThat(remindersOf("commune2", id)).as("once a day").hasSize(1);

    reviewer.post("/chi-dao/" + id + "/nhac/xa-xuan-hong", Map.of());
    assertThat(reviewer.get("/chi-dao/" + id).body()).contains("Xã Xuân Hồng không có việc quá hạn cần nhắc.");
    assertThat(remindersOf("commune1", id)).isEmpty();
  }

  @Test
  void unitAndMemberNamesAreEscaped() {
    units.save(new Unit("chi-hoi-thu-bang", XSS, UnitKind.MASS_ORGANISATION, "xa-xuan-dai"));
    long id = scenario.issue("Chương trình thử tên lạ " + System.nanoTime(), "2026-11-25", List.of("chi-hoi-thu-bang"));
    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    for (String path : List.of("/chi-dao/" + id, "/chi-dao/" + id + "/don-vi/chi-hoi-thu-bang")) {
      String body = reviewer.get(path).body();
      assertThat(body).as(path).doesNotContain(XSS).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
  }

  @Test
  void theConsolidatedReportSentAndThePeriodReportsDownload() {
    long id = scenario.issue("Chương trình thử báo cáo " + System.nanoTime(), "2026-11-25", List.of("xa-xuan-hong"));
    scenario.openAnnualRound(id);
    scenario.sendReport(id, "xa-xuan-hong");
    scenario.consolidate(id, "46-BC/BDVHU");

    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    String board = reviewer.get("/chi-dao/" + id).body();
    assertThat(statuses(board, "Xã Xuân Hồng")).containsExactly("MISSING", "NOT_REQUESTED", "NOT_REQUESTED",
        "NOT_REQUESTED", "ON_TIME");
    assertThat(board).contains("Báo cáo tổng hợp đã gửi", "Năm 2026", "Số 46-BC/BDVHU",
        "href=\"/chi-dao/" + id + "/bao-cao-tong-hop/2026\"",
        "href=\"/chi-dao/" + id + "/bao-cao/2026-Q1?dinh-dang=xlsx\"", "href=\"/chi-dao/" + id + "/bao-cao/2026?dinh-dang=pdf\"");
    assertThat(reviewer.get("/chi-dao/" + id + "/don-vi/xa-xuan-hong").body())
        .contains("Xây dựng 2 mô hình “Dân vận khéo” mới", "Kinh phí còn hạn chế", "Đề nghị tập huấn");

    HttpResponse<String> sent = reviewer.get("/chi-dao/" + id + "/bao-cao-tong-hop/2026");
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    assertThat(sent.body()).startsWith("%PDF");
    HttpResponse<String> xlsx = reviewer.get("/chi-dao/" + id + "/bao-cao/2026-Q4?dinh-dang=xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("bao-cao-dan-van-kheo-2026-Q4.xlsx");
    assertThat(xlsx.body()).startsWith("PK");
    HttpResponse<String> pdf = reviewer.get("/chi-dao/" + id + "/bao-cao/2026?dinh-dang=pdf");
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(reviewer.get("/chi-dao/" + id + "/bao-cao/2030?dinh-dang=pdf").statusCode()).as("not the directive's year")
        .isEqualTo(404);
    assertThat(reviewer.get("/chi-dao/" + id + "/bao-cao-tong-hop/2026-Q3").statusCode()).isEqualTo(404);
  }

  // ---- reading the board -------------------------------------------------------------------------------------

  private static final Pattern ROW_NAME = Pattern.compile("<th scope=\"row\" class=\"board-unit\">([^<]*)</th>");
  private static final Pattern CELL = Pattern.compile("board-cell cell-([A-Z_]+)");

  static List<String> rowNames(String board) {
    List<String> names = new ArrayList<>();
    Matcher m = ROW_NAME.matcher(board);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static String row(String board, String unitName) {
    int start = board.indexOf("<th scope=\"row\" class=\"board-unit\">" + unitName + "</th>");
    assertThat(start).as("row of " + unitName).isNotNegative();
    return board.substring(start, board.indexOf("</tr>", start));
  }

  /** The row's cells by status: plan, Q1, Q2, Q3, year. */
  static List<String> statuses(String board, String unitName) {
    List<String> statuses = new ArrayList<>();
    Matcher m = CELL.matcher(row(board, unitName));
    while (m.find()) {
      statuses.add(m.group(1));
    }
    return statuses;
  }

  private List<Notification> remindersOf(String user, long directiveId) {
    String title = (String) Api.as(rest, "reviewer").get("/api/directives/" + directiveId).getBody().get("title");
    List<String> groups = switch (user) {
      case "commune1" -> List.of("xa-xuan-hong");
      case "commune2" -> List.of("xa-xuan-tan");
      default -> List.of();
    };
    return notifications.forCaller(new Caller(user, groups), false, PageRequest.of(0, 200)).stream()
        .filter(n -> n.getKind() == NotificationKind.REMINDER && n.getMessage().contains(title)).toList();
  }
}
