package vn.danvan.workflow.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import vn.danvan.workflow.support.Chromium.Screen;

/** What the portal's browser tests do again and again: sign in, open the phone's menu, check a page, fill a dossier. */
public final class PortalBrowser {

  private PortalBrowser() {
  }

  /** Signs in on the login page of the portal at {@code base} ("http://localhost:port") and lands on "Trang của tôi". */
  public static void login(Page page, String base, String user) {
    page.navigate(base + "/dang-nhap");
    page.getByLabel("Tên đăng nhập").fill(user);
    page.getByLabel("Mật khẩu").fill(Api.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Trang của tôi").setLevel(1)))
        .isVisible();
  }

  /** axe-core's WCAG 2.1 AA rules pass on the page, unless a page so named was audited before in this JVM. */
  public static void accessible(Page page, String what) {
    if (AUDITED.add(what)) {
      Assertions.assertThat(Accessibility.violations(page)).as("accessibility of " + what).isEmpty();
    }
  }

  /** On a phone the top bar's links are behind the menu button. */
  public static void menu(Page page, Screen screen) {
    if (screen.isPhone()) {
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở/đóng trình đơn")).click();
      // the menu slides open: wait until it has (Bootstrap's "show" once the animation is over)
      assertThat(page.locator("#portal-nav")).hasClass(Pattern.compile("(^|\\s)collapse(\\s.*)?\\sshow(\\s|$)"));
    }
  }

  private static final Set<String> AUDITED = ConcurrentHashMap.newKeySet();

  /**
   * The page passes axe-core's WCAG 2.1 AA rules; its screenshot goes to target/ (and docs/). A page is audited once
   * per screen and test JVM: the journeys walk the same pages on H2 and on PostgreSQL, from the same templates and
   * data, and each audit costs two seconds of the build's fifteen minutes.
   */
  public static void checked(Page page, String name, Screen screen, boolean forDocs) {
    accessible(page, name + " at " + screen);
    Chromium.screenshot(page, name, screen, forDocs && screen == Screen.DESKTOP);
  }

  /** The dossier's texts, by their labels. */
  public static void fill(Page page) {
    page.getByLabel("Thực trạng và lý do xây dựng").fill("Nhiều hộ còn e ngại dồn điền đổi thửa");
    page.getByLabel("Mục tiêu, tiêu chí đánh giá").fill("90% số hộ đồng thuận; tiêu chí: số hộ ký cam kết");
    page.getByLabel("Nội dung, cách làm").fill("Cán bộ đến từng nhà; họp thôn; làm mẫu ruộng");
    page.getByLabel("Phạm vi, đối tượng").fill("Thôn Hạ, 120 hộ nông dân");
    page.getByLabel("Lực lượng tham gia (chủ trì, phối hợp, tham gia)")
        .fill("Chủ trì: chi bộ; phối hợp: Hội Nông dân; tham gia: các hộ");
    page.getByLabel("Thời gian, lộ trình thực hiện").fill("Bắt đầu 3/2026; đánh giá 12/2026");
    page.getByLabel("Kết quả, sản phẩm kiểm chứng được").fill("Biên bản đồng thuận của 108 hộ");
  }
}
