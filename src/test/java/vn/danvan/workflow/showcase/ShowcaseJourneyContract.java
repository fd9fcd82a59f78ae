package vn.danvan.workflow.showcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.danvan.workflow.support.PortalBrowser.checked;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * A visitor without an account, in Debian's Chromium at 1366×768 and 390×844: from the login page to the
 * recognised models of a year, a model's unit and decision, the field filter, one model's card. Each page passes
 * axe-core and runs without a console error (a Content-Security-Policy violation is one). Run on H2 and PostgreSQL.
 */
@ExtendWith(Chromium.class)
abstract class ShowcaseJourneyContract extends ServiceOnH2 {

  /** Both screens; the PostgreSQL suite hides this with the desktop only (the layout does not depend on it). */
  static java.util.stream.Stream<Screen> screens() {
    return java.util.stream.Stream.of(Screen.values());
  }

  /** A year no other suite recognises in, so that the visitor's list stays on one page. */
  static final int YEAR = 2023;

  @LocalServerPort
  int port;
  @Autowired
  ApplicationContext context;

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @ParameterizedTest
  @MethodSource("screens")
  void aVisitorWithoutAnAccountFindsTheRecognisedModelsFromTheLoginPage(Screen screen) {
    ShowcaseData data = new ShowcaseData(context, YEAR).create(false);
    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      List<String> dialogs = new ArrayList<>();
      page.onDialog(dialog -> {
        dialogs.add(dialog.message());
        dialog.dismiss();
      });

      page.navigate(url("/dang-nhap"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
          .setName("Xem các gương điển hình “Dân vận khéo” đã được công nhận")).click();
      assertThat(page).hasURL(Pattern.compile(".*/guong-dien-hinh$"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
          .setName("Gương điển hình “Dân vận khéo”").setLevel(1))).isVisible();
      // the top bar offers a login (on a phone behind the menu button)
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng nhập").setIncludeHidden(true)))
          .isAttached();

      // the year of this suite's recognitions (suites sharing the database may have recognised later years)
      page.getByLabel("Năm").selectOption(String.valueOf(YEAR));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
      assertThat(page).hasURL(Pattern.compile(".*year=" + YEAR + ".*"));
      Locator outstanding = card(page, data.outstanding.getName());
      assertThat(outstanding).containsText("Tiêu biểu");
      assertThat(outstanding).containsText(data.unitName);
      assertThat(outstanding).containsText("Quyết định số " + data.decision + " ngày 10/11/" + YEAR + "");
      assertThat(outstanding).containsText(data.rewardForm);
      assertThat(card(page, data.recognised.getName())).containsText("Văn hóa - xã hội");
      assertThat(page.getByText(data.registeredOnly.getName())).hasCount(0);
      assertThat(page.getByText(data.notRecognised.getName())).hasCount(0);
      checked(page, "guong-dien-hinh-nam", screen, false);

      // one field
      page.getByLabel("Lĩnh vực").selectOption("Kinh tế");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
      assertThat(page).hasURL(Pattern.compile(".*field=ECONOMY.*"));
      assertThat(card(page, data.outstanding.getName())).isVisible();
      assertThat(page.getByText(data.recognised.getName())).hasCount(0);
      checked(page, "guong-dien-hinh", screen, true);

      // the model's card
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(data.outstanding.getName())).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(data.outstanding.getName())
          .setLevel(1))).isVisible();
      assertThat(page.getByText("Quyết định số " + data.decision + " ngày 10/11/" + YEAR + " của Ban Thường vụ Đảng ủy xã"))
          .isVisible();
      assertThat(page.getByText("Cán bộ đến từng nhà")).isVisible();
      checked(page, "guong-dien-hinh-mo-hinh", screen, false);

      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
      Assertions.assertThat(dialogs).isEmpty();
    }
  }

  private static Locator card(Page page, String name) {
    return page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(name));
  }

}
