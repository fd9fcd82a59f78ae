package vn.danvan.workflow.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.danvan.workflow.support.PortalBrowser.checked;
import static vn.danvan.workflow.support.PortalBrowser.fill;
import static vn.danvan.workflow.support.PortalBrowser.login;
import static vn.danvan.workflow.support.PortalBrowser.menu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.FixedClock;

/**
 * Issue 16: a province of the two-level government set up through the portal's pages alone, in Debian's Chromium,
 * from an empty database: no demo profile, so no unit, no group and no user but the administrator the service
 * creates at its first start. The administrator adds the province, its Ban Dân vận (overseeing the province) and a
 * commune reviewed by that board, creates one account in each; the commune's official registers a model and the
 * board's reviewer finds the review among their tasks. No SQL, no JSON, no Camunda Admin. Every page passes
 * axe-core. Its own application context (the only one without the demo data): about ten seconds of the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "danvan.admin.password=" + Api.PASSWORD,
    "spring.datasource.url=jdbc:h2:mem:empty-province;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(Chromium.class)
class ProvinceSetUpJourneyH2Test {

  @RegisterExtension
  static final FixedClock NOW = FixedClock.at("2026-11-20T10:00");

  @Autowired
  JdbcTemplate jdbc;

  private static final String PROVINCE = "tinh-hai-cap";
  private static final String BOARD = "ban-dan-van-tinh-hai-cap";
  private static final String COMMUNE = "xa-hai-cap-moi";

  @LocalServerPort
  int port;

  @Test
  void anAdministratorSetsUpAProvinceWhoseCommuneRegistersAndWhoseBoardReviews() {
    Assertions.assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).as("units at the start")
        .isZero();
    Screen screen = Screen.DESKTOP;
    String model = "Tổ hòa giải ở cơ sở xã mới";
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      login(page, url(""), "admin");
      menu(page, screen);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quản trị")).click();
      page.locator("#portal-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đơn vị")
          .setExact(true)).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đơn vị").setLevel(1)))
          .isVisible();

      addUnit(page, PROVINCE, "Tỉnh Hai Cấp", "Tỉnh, thành phố", null, null, null);
      addUnit(page, BOARD, "Ban Dân vận Tỉnh ủy Hai Cấp", "Cơ quan Đảng", PROVINCE, PROVINCE, null);
      // a wrong id is named beside its field and the rest of the form is kept
      page.navigate(url("/quan-tri/don-vi"));
      page.getByLabel("Tên đơn vị *").fill("Xã Hai Cấp Mới");
      page.getByLabel("Mã đơn vị *").fill("Xã Mới");
      page.getByLabel("Loại *").selectOption(new com.microsoft.playwright.options.SelectOption()
          .setLabel("Xã, phường, thị trấn"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đơn vị")).click();
      assertThat(page.getByLabel("Tên đơn vị *")).hasValue("Xã Hai Cấp Mới");
      assertThat(page.getByLabel("Mã đơn vị *")).hasAttribute("class", Pattern.compile("is-invalid"));
      addUnit(page, COMMUNE, "Xã Hai Cấp Mới", "Xã, phường, thị trấn", PROVINCE, null, BOARD);
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xã Hai Cấp Mới"))).isVisible();
      checked(page, "don-vi-xa", screen, false);
      page.navigate(url("/quan-tri/don-vi"));
      assertThat(page.locator("main").getByText("Xã Hai Cấp Mới").first()).isVisible();
      checked(page, "don-vi", screen, true);

      createAccount(page, COMMUNE, "can-bo.hai-cap", "Nguyễn Văn", "Cán bộ xã mới");
      checked(page, "thanh-vien-don-vi", screen, true);
      createAccount(page, BOARD, "tham-dinh.hai-cap", "Lê Thị", "Thẩm định tỉnh");
      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }

    // the commune's new official registers; the review goes to the board the page named
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      login(page, url(""), "can-bo.hai-cap");
      page.navigate(url("/mo-hinh/dang-ky"));
      page.getByLabel("Tên mô hình / điển hình").fill(model);
      fill(page);
      page.getByLabel("Lĩnh vực").selectOption("Kinh tế");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đăng ký")).click();
      assertThat(page).hasURL(Pattern.compile(".*/mo-hinh/\\d+$"));
      assertThat(page.getByText("Xã Hai Cấp Mới").first()).isVisible();
      assertThat(page.getByText("Chờ thẩm định").first()).isVisible();
    }
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      login(page, url(""), "tham-dinh.hai-cap");
      page.navigate(url("/cong-viec?view=unit"));
      Locator rows = page.locator("main table tbody tr");
      assertThat(rows).hasCount(1);
      assertThat(rows.first()).containsText("Thẩm định hồ sơ đăng ký");
      assertThat(rows.first()).containsText(model);
    }
  }

  /** From the tree's "Thêm đơn vị" form; a saved unit opens its own page. */
  private void addUnit(Page page, String id, String name, String kind, String parent, String oversees,
      String reviewer) {
    page.navigate(url("/quan-tri/don-vi"));
    page.getByLabel("Tên đơn vị *").fill(name);
    page.getByLabel("Mã đơn vị *").fill(id);
    page.getByLabel("Loại *").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(kind));
    if (parent != null) {
      page.locator("#parentId").selectOption(parent);
    }
    if (oversees != null) {
      page.locator("#overseesId").selectOption(oversees);
    }
    if (reviewer != null) {
      page.locator("#registrationReviewerId").selectOption(reviewer);
    }
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đơn vị")).click();
    assertThat(page.getByText("Đã lưu đơn vị \"" + name + "\".")).isVisible();
  }

  private void createAccount(Page page, String unit, String user, String firstName, String lastName) {
    page.navigate(url("/don-vi/" + unit + "/thanh-vien"));
    page.locator("#newUserId").fill(user);
    page.locator("#email").fill(user + "@example.vn");
    page.locator("#firstName").fill(firstName);
    page.locator("#lastName").fill(lastName);
    page.locator("#password").fill(Api.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản và thêm vào đơn vị")).click();
    assertThat(page.locator("main table")).containsText(user);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
