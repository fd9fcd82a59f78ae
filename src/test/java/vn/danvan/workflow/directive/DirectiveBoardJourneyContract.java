package vn.danvan.workflow.directive;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.danvan.workflow.support.PortalBrowser.checked;
import static vn.danvan.workflow.support.PortalBrowser.login;
import static vn.danvan.workflow.support.PortalBrowser.menu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.support.VietnamClock;

/**
 * The Ban Dân vận follows an action programme in the portal, in Debian's Chromium: "Chỉ đạo", the programme's
 * board with its legend, and "Nhắc" for a unit that has not sent its plan. Every page passes axe-core and runs
 * without a console error; the board's screenshot goes to docs/. Run on H2 at 1366×768 and 390×844 and on
 * PostgreSQL ({@link #screens()} says which).
 */
@ExtendWith(Chromium.class)
abstract class DirectiveBoardJourneyContract extends ServiceOnH2 {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;

  /** The screens the journey runs on; a subclass may hide it with fewer. */
  static Stream<Screen> screens() {
    return Stream.of(Screen.values());
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @ParameterizedTest
  @MethodSource("screens")
  void theBanDanVanFollowsTheProgrammeAndRemindsALateUnit(Screen screen) {
    String title = "Kế hoạch triển khai phong trào “Dân vận khéo” năm 2026 (" + screen.name().toLowerCase() + ")";
    programmeWithEveryStatus(title);

    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      login(page, url(""), "reviewer");

      menu(page, screen);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chỉ đạo")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
          .setName("Theo dõi Chương trình hành động").setLevel(1))).isVisible();
      checked(page, "chi-dao", screen, false);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();

      assertThat(page).hasURL(Pattern.compile(".*/chi-dao/\\d+$"));
      assertThat(page.getByText(title)).isVisible();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chú giải"))).isVisible();
      Locator matrix = page.getByRole(AriaRole.TABLE).first();
      assertThat(matrix.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("Kế hoạch")))
          .isVisible();
      assertThat(matrix.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("Cả năm")))
          .isAttached();
      Locator tan = matrix.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Xã Xuân Tân"));
      assertThat(tan.getByText("Chưa gửi, quá hạn")).isVisible();
      assertThat(tan.getByText("quá 8 ngày làm việc")).isVisible();
      Locator chau = matrix.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Xã Xuân Châu"));
      assertThat(chau.getByText("Gửi muộn")).isVisible();
      assertThat(matrix.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Xã Xuân Bắc"))
          .getByText("Trả lại để sửa")).isVisible();
      assertThat(matrix.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Xã Xuân Hồng"))
          .getByText("Gửi đúng hạn")).isVisible();
      if (screen.isPhone()) {
        Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
            .as("the page does not scroll sideways at 390 px; the matrix scrolls inside its frame")
            .isLessThanOrEqualTo(screen.width);
      }
      checked(page, "theo-doi-chuong-trinh", screen, true);

      tan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nhắc Xã Xuân Tân")).click();
      assertThat(tan.getByRole(AriaRole.STATUS)).hasText("Đã nhắc Xã Xuân Tân: kế hoạch thực hiện. "
          + "Đơn vị nhận thông báo trong hệ thống.");
      assertThat(tan.getByText("Đã nhắc 20/11/2026 10:00, Trần Thị Thẩm định")).isVisible();
      checked(page, "theo-doi-chuong-trinh-da-nhac", screen, false);

      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }
  }

  /**
   * Plans due on Tuesday 10/11/2026: Xuân Hồng sent on time and Xuân Đài's was accepted; Xuân Bắc's was returned;
   * Xuân Châu sent on 13/11, late; Xuân Tân and the district seat have sent nothing by today, 20/11.
   */
  void programmeWithEveryStatus(String title) {
    BoardScenario scenario = new BoardScenario(rest, tasks, management);
    VietnamClock.set("2026-11-06T09:00");
    long id = scenario.issue(title, "2026-11-10", List.of("xa-xuan-hong", "xa-xuan-tan", "xa-xuan-bac",
        "xa-xuan-chau", "xa-xuan-dai", "thi-tran-xuan-truong"));
    scenario.sendPlan(id, "xa-xuan-hong", "15-KH/ĐU");
    scenario.sendPlan(id, "xa-xuan-bac", "7-KH/ĐU");
    scenario.sendPlan(id, "xa-xuan-dai", "9-KH/ĐU");
    scenario.reviewPlan(id, "xa-xuan-bac", "RETURN", "Chưa phân công người phụ trách");
    scenario.reviewPlan(id, "xa-xuan-dai", "ACCEPT", null);
    VietnamClock.set("2026-11-13T15:00");
    scenario.sendPlan(id, "xa-xuan-chau", "3-KH/ĐU");
    VietnamClock.set("2026-11-20T10:00"); // back to today (ServiceOnH2.NOW)
  }



}
