package vn.danvan.workflow.migration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.danvan.workflow.support.PortalBrowser.checked;
import static vn.danvan.workflow.support.PortalBrowser.login;
import static vn.danvan.workflow.support.PortalBrowser.menu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * An administrator migrates running registrations in Debian's Chromium: "Quản trị" → "Chuyển đổi quy trình",
 * propose, add the renamed revision step's mapping, dry run, confirm and execute; the progress page polls until
 * the batch (run here, the job executor being off) is done; at the desktop also the other administration pages and
 * the reform's dry run of the demo plan. Every page passes axe-core and runs without a console
 * error (a CSP violation is one). {@link #screens()} says on which screens.
 */
@ExtendWith(Chromium.class)
abstract class MigrationPageJourneyContract extends ServiceOnH2 {

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

  /** Administrators migrate at a desk; the build's fifteen minutes do not hold the phone's walk too. */
  static Stream<Screen> screens() {
    return Stream.of(Screen.DESKTOP);
  }

  @ParameterizedTest
  @MethodSource("screens")
  void anAdministratorProposesAddsAMappingDryRunsAndExecutes(Screen screen) {
    MigrationFixture fixture = new MigrationFixture(repository, runtime, management, jdbc, rest);
    fixture.oneAtEachStep("Chuyển đổi trong trình duyệt " + screen.name().toLowerCase());

    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      login(page, "http://localhost:" + port, "admin");
      menu(page, screen);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quản trị")).click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển đổi quy trình")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
          .setName("Chuyển đổi quy trình đang chạy").setLevel(1))).isVisible();

      page.getByLabel("Quy trình", new Page.GetByLabelOptions().setExact(true)).selectOption(MigrationFixture.KEY);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chọn quy trình")).click();
      page.getByLabel("Phiên bản nguồn").selectOption(String.valueOf(fixture.source.getVersion()));
      page.getByLabel("Phiên bản đích").selectOption(String.valueOf(fixture.target.getVersion()));
      page.getByLabel("Tính lại theo phiên bản mới").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đề xuất")).click();
      Locator table = page.getByRole(AriaRole.TABLE).first();
      assertThat(table.getByText("Thẩm định hồ sơ đăng ký").first()).isVisible();
      assertThat(page.getByText("chưa ánh xạ")).isVisible();
      noSidewaysScrolling(page, screen); // axe runs once the whole plan is on the page, at the confirm step

      page.getByLabel("Từ bước (phiên bản nguồn)").selectOption(MigrationFixture.OLD_REVISE);
      page.getByLabel("Sang bước (phiên bản đích)").selectOption(MigrationFixture.REVISE);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm ánh xạ").setExact(true)).click();
      assertThat(page.getByText("Do bạn thêm")).isVisible();
      assertThat(page.getByText("chưa ánh xạ")).hasCount(0);

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chạy thử")).click();
      assertThat(page.getByText("2 hồ sơ đang chạy; đã thử 2: 2 sẽ chuyển được, 0 sẽ lỗi.")).isVisible();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thực hiện…")).click();
      page.getByLabel("Tôi đã kiểm tra kế hoạch và kết quả chạy thử").check();
      checked(page, "chuyen-doi-quy-trinh-xac-nhan", screen, false);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu chuyển đổi")).click();

      assertThat(page).hasURL(Pattern.compile(".*/quan-tri/chuyen-doi-quy-trinh/dot/[^/]+$"));
      assertThat(page.getByText("Đang chạy: 0/2 việc đã xong.")).isVisible();
      Matcher batch = Pattern.compile("/dot/([^/]+)$").matcher(page.url());
      Assertions.assertThat(batch.find()).isTrue();
      fixture.runBatch(batch.group(1));

      assertThat(page.getByText("Đã hoàn tất: 2 hồ sơ đã chuyển, 0 hồ sơ còn ở phiên bản nguồn."))
          .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
      assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "100");
      checked(page, "chuyen-doi-quy-trinh-tien-do", screen, false);
      noSidewaysScrolling(page, screen);

      // the other administration pages of the same menu: the authorities and the change log (their tables become
      // cards at 390 px by the model list's CSS, which the model list's journey checks there)
      for (String item : List.of("Thẩm quyền công nhận, khen thưởng", "Nhật ký thay đổi")) {
        menu(page, screen);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quản trị")).click();
        page.locator("#portal-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(item)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(item).setLevel(1)))
            .isVisible();
        noSidewaysScrolling(page, screen);
        checked(page, item.equals("Nhật ký thay đổi") ? "nhat-ky-thay-doi" : "tham-quyen", screen, false);
      }
      // "Sắp xếp đơn vị hành chính": the demo plan fills the form and its dry run is shown, nothing applied
      {
        menu(page, screen);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quản trị")).click();
        page.locator("#portal-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
            .setName("Sắp xếp đơn vị hành chính")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sắp xếp đơn vị hành chính")
            .setLevel(1))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Dùng phương án mẫu")))
            .click();
        assertThat(page.getByLabel("Tên xã mới (khi sáp nhập vào một xã mới)").first()).hasValue("Xã Xuân Trường");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước (chạy thử)")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
            .setName("Kết quả chạy thử: những gì sẽ thay đổi (chưa ghi gì)"))).isVisible();
        assertThat(page.getByText("Giải thể Huyện Xuân Trường, chuyển cho Tỉnh Ninh Bình")).isVisible();
        assertThat(page.getByText("Giải thể Tỉnh Nam Định, chuyển cho Tỉnh Ninh Bình")).isVisible();
        noSidewaysScrolling(page, screen);
        checked(page, "sap-xep-don-vi", screen, false);
      }
      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }
  }

  private static void noSidewaysScrolling(Page page, Screen screen) {
    Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
        .as("the page does not scroll sideways at " + screen).isLessThanOrEqualTo(screen.width);
  }
}
