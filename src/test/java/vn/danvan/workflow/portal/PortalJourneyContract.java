package vn.danvan.workflow.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.support.Accessibility;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * An official's day in the portal, in Debian's Chromium at 1366×768 and at 390×844: what the person sees, by label
 * and text. Every page is checked with axe-core and must run without a console error (a Content-Security-Policy
 * violation is one). Run on H2 and on PostgreSQL.
 */
@ExtendWith(Chromium.class)
abstract class PortalJourneyContract extends ServiceOnH2 {

  @LocalServerPort
  int port;

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void anOfficialsDay(Screen screen) {
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);

      // 1. the portal asks for a login, in Vietnamese, and comes back to the page asked for
      page.navigate(url("/"));
      assertThat(page).hasURL(Pattern.compile(".*/dang-nhap$"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng nhập"))).isVisible();
      checked(page, "dang-nhap", screen, true);
      page.getByLabel("Tên đăng nhập").fill("commune1");
      page.getByLabel("Mật khẩu").fill(Api.PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

      // "Trang của tôi": tasks, the unit's models by status, notifications
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Trang của tôi")
          .setLevel(1))).isVisible();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Việc cần làm"))).isVisible();
      assertThat(page.getByText("Phạm Văn Cán bộ xã Xuân Hồng")).isAttached();
      assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Chờ thẩm định"))).isVisible();
      checked(page, "trang-cua-toi", screen, true);

      // English on request, Vietnamese again
      page.navigate(url("/?lang=en"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My page"))).isVisible();
      page.navigate(url("/?lang=vi"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Trang của tôi")
          .setLevel(1))).isVisible();

      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();

      // an address that does not exist is a Vietnamese page (its 404 is the one console error)
      page.navigate(url("/khong-co-trang-nay"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Không tìm thấy trang")))
          .isVisible();
      checked(page, "404", screen, false);
      consoleErrors.clear();

      // sign out (on a phone the menu opens first)
      menu(page, screen);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
      assertThat(page.getByText("Bạn đã đăng xuất.")).isVisible();

      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }
  }

  /** On a phone the top bar's links are behind the menu button. */
  static void menu(Page page, Screen screen) {
    if (screen.isPhone()) {
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở/đóng trình đơn")).click();
    }
  }

  /** The page passes axe-core's WCAG 2.1 AA rules; its screenshot goes to target/ (and docs/). */
  static void checked(Page page, String name, Screen screen, boolean forDocs) {
    Assertions.assertThat(Accessibility.violations(page)).as("accessibility of " + name + " at " + screen).isEmpty();
    Chromium.screenshot(page, name, screen, forDocs && screen == Screen.DESKTOP);
  }
}
