package vn.danvan.workflow.task;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.danvan.workflow.support.PortalBrowser.checked;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalBrowser;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The reviewer accepts two plan reviews at once from "Công việc", in Debian's Chromium at 1366×768 and 390×844:
 * filters by the directive's year, ticks the two plans by their labels, gives one comment, and reads the report.
 * And an official delegates their tasks for their days away on "Ủy quyền", then cancels. Every page passes
 * axe-core and runs without a console error.
 */
@ExtendWith(Chromium.class)
abstract class TaskListJourneyContract extends ServiceOnH2 {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TaskService tasks;
  @Autowired
  org.camunda.bpm.engine.IdentityService identity;

  /** Units and a directive year of each screen's own, so the filtered list holds exactly its two plans. */
  private static final Map<Screen, List<String>> UNITS = Map.of(
      Screen.DESKTOP, List.of("xa-xuan-phu", "xa-xuan-phuong"), Screen.PHONE, List.of("xa-xuan-tien", "xa-xuan-trung"));
  private static final Map<Screen, Integer> YEAR = Map.of(Screen.DESKTOP, 2021, Screen.PHONE, 2022);

  /** A reviewer's bulk work at a desk (the build's time does not hold both screens of every journey). */
  @ParameterizedTest
  @EnumSource(value = Screen.class, names = "DESKTOP")
  void aReviewerAcceptsTwoPlanReviewsAtOnce(Screen screen) {
    List<String> reviews = twoPlansSent(screen);
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      PortalBrowser.login(page, url(""), "reviewer");

      page.navigate(url("/cong-viec?view=unit"));
      page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(YEAR.get(screen)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Áp dụng")).click();
      assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Năm"))).isAttached();
      assertThat(page.locator("input[name=taskId]")).hasCount(2);
      checked(page, "cong-viec-chap-thuan", screen, false);

      page.getByLabel("Chọn việc Xem xét kế hoạch của đơn vị – " + unitName(UNITS.get(screen).get(0))).check();
      page.getByLabel("Chọn việc Xem xét kế hoạch của đơn vị – " + unitName(UNITS.get(screen).get(1))).check();
      page.getByLabel("Ý kiến chung cho các kế hoạch (không bắt buộc)").fill("Các kế hoạch đạt yêu cầu");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chấp thuận các kế hoạch đã chọn")).click();

      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kết quả chấp thuận kế hoạch")))
          .isVisible();
      assertThat(page.getByText("Thành công 2 việc, không thực hiện được 0 việc.")).isVisible();
      assertThat(page.getByText("Đã chấp thuận")).hasCount(2);
      checked(page, "ket-qua-chap-thuan", screen, false);
      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }
    for (String review : reviews) {
      Assertions.assertThat(jdbc.queryForObject("select count(*) from task_view where task_id = ?", Integer.class,
          review)).as("accepted, so no longer open").isZero();
    }
  }

  /** "Ủy quyền": an official names a colleague for their days away, sees it in force, and cancels it. */
  @ParameterizedTest
  @EnumSource(Screen.class)
  void anOfficialDelegatesWhileAwayAndCancels(Screen screen) {
    String absent = "vang-" + screen.name().toLowerCase() + System.nanoTime();
    String colleague = "thay-" + screen.name().toLowerCase() + System.nanoTime();
    user(absent, "Nguyễn Văn", "Đi vắng");
    user(colleague, "Trần Thị", "Làm thay");
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      PortalBrowser.login(page, url(""), absent);
      PortalBrowser.menu(page, screen);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ủy quyền")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ủy quyền khi vắng mặt")))
          .isVisible();
      assertThat(page.getByLabel("Từ ngày")).hasValue("20/11/2026");
      page.getByLabel("Người thay").selectOption(colleague);
      page.getByLabel("Đến hết ngày").fill("27/11/2026");
      checked(page, "uy-quyen", screen, false);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ủy quyền").setExact(true)).click();

      assertThat(page.getByText("Đã ủy quyền cho Trần Thị Làm thay từ 20/11/2026 đến hết 27/11/2026.")).isVisible();
      assertThat(page.getByText("Đang hiệu lực")).isVisible();
      checked(page, "uy-quyen-da-tao", screen, false);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy ủy quyền")).click();
      assertThat(page.getByText("Đã hủy ủy quyền.")).isVisible();
      assertThat(page.getByText("Đã hủy", new Page.GetByTextOptions().setExact(true))).isVisible();
      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }
  }

  private void user(String id, String first, String last) {
    org.camunda.bpm.engine.identity.User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, "xa-xuan-vinh");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private String unitName(String unitId) {
    return jdbc.queryForObject("select name from unit where id = ?", String.class, unitId);
  }

  /** A directive of the screen's year to its two units, both plans sent: two plan reviews wait. */
  private List<String> twoPlansSent(Screen screen) {
    Map<String, Object> request = Map.of("issuerId", "ban-thuong-vu-huyen", "issuedOn", YEAR.get(screen) + "-03-02",
        "title", "Chương trình duyệt trên trình duyệt " + screen, "planDue", "2026-12-20",
        "reportFromYear", 2026, "reportToYear", 2026, "reportRecipientIds", List.of("ban-thuong-vu-huyen"),
        "tasks", List.of(Map.of("section", "I", "ordinal", 1, "title", "Xây dựng kế hoạch",
            "leadUnitIds", UNITS.get(screen), "participantUnitIds", List.of("ban-dan-van-huyen"))));
    Object id = Api.as(rest, "reviewer").post("/api/directives", request).getBody().get("id");
    String pi = (String) Api.as(rest, "reviewer").get("/api/directives/" + id).getBody().get("processInstanceId");
    for (String plan : jdbc.queryForList("select task_id from task_view where process_instance_id = ?"
        + " and task_definition_key = 'Task_SubmitPlan'", String.class, pi)) {
      tasks.complete(plan, Map.of("planNumber", "20-KH/ĐU", "planSummary", "Triển khai đến các chi bộ"));
    }
    List<String> reviews = jdbc.queryForList("select task_id from task_view where process_instance_id = ?"
        + " and task_definition_key = 'Task_ReviewPlan'", String.class, pi);
    Assertions.assertThat(reviews).hasSize(2);
    return reviews;
  }

}
