package vn.danvan.workflow.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.danvan.workflow.support.PortalBrowser.checked;
import static vn.danvan.workflow.support.PortalBrowser.login;
import static vn.danvan.workflow.support.PortalBrowser.menu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalBrowser;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * An official's day in the portal, in Debian's Chromium at 1366×768 and at 390×844: what the person sees, by label
 * and text. Every page is checked with axe-core and must run without a console error (a Content-Security-Policy
 * violation is one). Run on H2 and on PostgreSQL.
 */
@ExtendWith(Chromium.class)
abstract class PortalJourneyContract extends ServiceOnH2 {

  /** Both screens; the PostgreSQL suite hides this with the desktop only (the layout does not depend on it). */
  static java.util.stream.Stream<Screen> screens() {
    return java.util.stream.Stream.of(Screen.values());
  }

  @LocalServerPort
  int port;
  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.boot.test.web.client.TestRestTemplate rest;

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @ParameterizedTest
  @MethodSource("screens")
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

      // 2. "Đăng ký mô hình": every field, client-side checks in Vietnamese, files attached in the same form
      menu(page, screen);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng ký mô hình")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng ký mô hình")))
          .isVisible();
      String name = "Dân vận khéo trong dồn điền đổi thửa " + screen;
      page.getByLabel("Tên mô hình / điển hình").fill(name);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đăng ký")).click();
      assertThat(page.locator("#situation-error")).hasText("Không được để trống");
      assertThat(page.locator("#field-error")).hasText("Không được để trống");
      assertThat(page.getByLabel("Lĩnh vực")).isFocused();
      fill(page);
      page.getByLabel("Lĩnh vực").selectOption("Kinh tế");
      // corrected fields lose their message as they are filled, not only at the next submit
      assertThat(page.locator("#situation-error")).not().hasText("Không được để trống");
      assertThat(page.locator("#field-error")).not().hasText("Không được để trống");
      page.getByLabel("Tệp minh chứng").setInputFiles(new FilePayload[] {
          new FilePayload("bien-ban-hop-thon.pdf", "application/pdf", PDF),
          new FilePayload("anh-ruong-mau.png", "image/png", PNG)});
      checked(page, "dang-ky-mo-hinh", screen, true);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đăng ký")).click();

      // 3. the model page: dossier, status, timeline, evidence, open tasks
      assertThat(page).hasURL(Pattern.compile(".*/mo-hinh/\\d+$"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
      assertThat(page.getByText("Đã gửi đăng ký. Ban Dân vận sẽ thẩm định")).isVisible();
      assertThat(page.getByText("Chờ thẩm định").first()).isVisible();
      assertThat(page.getByText("bien-ban-hop-thon.pdf")).isVisible();
      assertThat(page.getByText("anh-ruong-mau.png")).isVisible();
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thẩm định hồ sơ đăng ký")))
          .isVisible();
      assertThat(page.getByText("Nhiều hộ còn e ngại dồn điền đổi thửa")).isVisible();
      checked(page, "mo-hinh", screen, true);
      Assertions.assertThat(page.evaluate("() => localStorage.getItem('draft:dang-ky-mo-hinh')"))
          .as("the draft is forgotten once saved").isNull();

      // the registration's diagram on the model page; the review task's page with its own step marked, in words
      // too; on a phone the diagram scrolls in its own region and the page stays as wide as the screen
      assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile(
          "^Sơ đồ quy trình Đăng ký mô hình.*, bước hiện tại: Thẩm định hồ sơ đăng ký$")))).isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thẩm định hồ sơ đăng ký")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thẩm định hồ sơ đăng ký")
          .setLevel(1))).isVisible();
      assertThat(page.locator(".diagram-steps")).hasText(Pattern.compile("Thẩm định hồ sơ đăng ký\\s+\\(việc này\\)"));
      assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile(
          "^Sơ đồ quy trình Đăng ký mô hình")))).isVisible();
      Assertions.assertThat(page.evaluate(
          "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
      checked(page, "viec-so-do", screen, false);

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
      try {
        assertThat(page.getByText("Bạn đã đăng xuất.")).isVisible();
      } catch (AssertionError e) {
        Chromium.screenshot(page, "dang-xuat-failed", screen, false);
        throw new AssertionError("after sign-out at " + page.url(), e);
      }

      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }
  }

  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

  /** The dossier's texts, by their labels. */
  static void fill(Page page) {
    PortalBrowser.fill(page);
  }

  /** What is typed survives a reload and an expired session: after the new login the form comes back, filled. */
  @ParameterizedTest
  @MethodSource("screens")
  void aDraftSurvivesAReloadAndAnExpiredSession(Screen screen) {
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      login(page, url(""), "commune1");
      page.navigate(url("/mo-hinh/dang-ky"));
      String name = "Bản nháp không mất " + screen;
      page.getByLabel("Tên mô hình / điển hình").fill(name);
      fill(page);
      page.getByLabel("Lĩnh vực").selectOption("Văn hóa - xã hội");
      com.microsoft.playwright.Locator exemplar = page.getByLabel("Điển hình", new Page.GetByLabelOptions().setExact(true));
      exemplar.click();
      assertThat(exemplar).isChecked();

      page.reload();
      assertThat(page.getByText("Đã khôi phục nội dung đang nhập dở")).isVisible();
      assertThat(page.getByLabel("Tên mô hình / điển hình")).hasValue(name);
      assertThat(page.getByLabel("Phạm vi, đối tượng")).hasValue("Thôn Hạ, 120 hộ nông dân");
      assertThat(page.getByLabel("Lĩnh vực")).hasValue("CULTURE_SOCIETY");
      assertThat(page.getByLabel("Điển hình", new Page.GetByLabelOptions().setExact(true))).isChecked();

      window.clearCookies(); // the session has expired on the server's side
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đăng ký")).click();
      assertThat(page.getByText("Phiên làm việc đã hết hạn")).isVisible();
      page.getByLabel("Tên đăng nhập").fill("commune1");
      page.getByLabel("Mật khẩu").fill(Api.PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng ký mô hình")))
          .isVisible();
      assertThat(page.getByLabel("Tên mô hình / điển hình")).hasValue(name);
      assertThat(page.getByLabel("Kết quả, sản phẩm kiểm chứng được")).hasValue("Biên bản đồng thuận của 108 hộ");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đăng ký")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
      assertThat(page.getByText("Điển hình", new Page.GetByTextOptions().setExact(true))).isVisible();
    }
  }

  /** A model named like a script shows as text on every page; no script of it ever runs. */
  @ParameterizedTest
  @MethodSource("screens")
  void aModelNamedLikeAScriptIsShownAsText(Screen screen) {
    String script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    java.util.Map<String, Object> registration = Api.registration("xa-xuan-hong", script);
    registration.put("content", script);
    Object id = Api.as(rest, "commune1").post("/api/models", registration).getBody().get("id");
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> dialogs = new java.util.ArrayList<>();
      page.onDialog(dialog -> {
        dialogs.add(dialog.message());
        dialog.dismiss();
      });
      login(page, url(""), "commune1");
      page.navigate(url("/mo-hinh/" + id));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(script))).isVisible();
      page.navigate(url("/"));
      page.navigate(url("/viec/" + reviewTask(id)));
      Assertions.assertThat(dialogs).as("no script of the model's name ran").isEmpty();
    }
  }

  String reviewTask(Object modelId) {
    return String.valueOf(Api.as(rest, "reviewer").get("/api/tasks?modelId=" + modelId).getBody()
        .get("content") instanceof List<?> rows && !rows.isEmpty()
        ? ((java.util.Map<?, ?>) rows.get(0)).get("id") : "none");
  }



}
