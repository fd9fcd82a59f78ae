package vn.danvan.workflow.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalBrowser;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.web.SearchText;

/**
 * "Danh sách mô hình" in Debian's Chromium at 1366×768 and 390×844: the commune official opens the list from the
 * menu, searches without diacritics, sorts by name both ways and downloads the Excel file of what they see. Every
 * state is checked with axe-core and must run without a console error. Run on H2 and on PostgreSQL.
 */
@ExtendWith(Chromium.class)
abstract class ModelListJourneyContract extends ServiceOnH2 {

  /** Both screens; the PostgreSQL suite hides this with the desktop only (the layout does not depend on it). */
  static java.util.stream.Stream<Screen> screens() {
    return java.util.stream.Stream.of(Screen.values());
  }

  /** htmx answers on a machine busy with other builds: more than Playwright's 5 s default before failing. */
  private static final PageAssertions.HasURLOptions SLOW_URL = new PageAssertions.HasURLOptions().setTimeout(20_000);
  private static final LocatorAssertions.HasAttributeOptions SLOW =
      new LocatorAssertions.HasAttributeOptions().setTimeout(20_000);

  @LocalServerPort
  int port;
  @Autowired
  ModelRepository models;
  @Autowired
  JdbcTemplate jdbc;

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void saved(String name, String unitId) {
    MobilizationModel model = new MobilizationModel(ModelKind.MODEL, unitId, Field.ECONOMY, 2026, "commune1");
    model.describe(new RegistrationDossier(name, "s", "g", "c", "a", "f", null, "t", "o", null));
    models.save(model);
  }

  @ParameterizedTest
  @MethodSource("screens")
  void aCommuneOfficialFindsSortsAndDownloadsTheirModels(Screen screen) throws IOException {
    String tag = "dsmh" + screen.width;
    String first = "Dồn điền đổi thửa ở Ấp Một " + tag;
    String second = "Dồn điền đổi thửa ở Bãi Hai " + tag;
    String otherUnits = "Dồn điền đổi thửa của Xuân Tân " + tag;
    String notSearched = "Ruộng mẫu " + tag;
    saved(notSearched, "xa-xuan-hong");
    saved(first, "xa-xuan-hong");
    saved(second, "xa-xuan-hong");
    saved(otherUnits, "xa-xuan-tan");

    try (BrowserContext window = Chromium.open(screen)) {
      Page page = window.newPage();
      List<String> consoleErrors = Chromium.consoleErrors(page);
      PortalBrowser.login(page, url(""), "commune1");

      // from the menu
      PortalBrowser.menu(page, screen);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Danh sách mô hình").setExact(true)).click();
      assertThat(page).hasURL(Pattern.compile(".*/mo-hinh$"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Danh sách mô hình")
          .setLevel(1))).isVisible();

      Locator results = page.locator("#model-results");
      assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(notSearched))).isVisible();

      // typed without Vietnamese accents, the list narrows as one types (htmx), the address follows; htmx listens
      // once the page has loaded (a loaded machine showed the heading before htmx had read the form)
      page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
      page.waitForFunction("() => window.htmx !== undefined && document.readyState === 'complete'");
      page.getByLabel("Tìm kiếm").fill("don dien " + tag);
      assertThat(page).hasURL(Pattern.compile(".*/mo-hinh\\?q=don(\\+|%20)dien(\\+|%20)" + tag + "$"), SLOW_URL);
      assertThat(results.getByText(notSearched)).hasCount(0);
      assertThat(results.getByText("2 mô hình", new Locator.GetByTextOptions().setExact(true))).isVisible();
      assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(first))).isVisible();
      assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(second))).isVisible();
      assertThat(results.getByText(otherUnits)).hasCount(0);
      assertThat(rows(page).first()).containsText(second); // newest first
      PortalBrowser.checked(page, "danh-sach-mo-hinh", screen, true);

      // sorted by name, then the other way round
      Locator byName = page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Tên"));
      byName.getByRole(AriaRole.LINK).click();
      assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Tên")))
          .hasAttribute("aria-sort", "ascending", SLOW);
      assertThat(rows(page).first()).containsText(first);
      page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Tên")).getByRole(AriaRole.LINK)
          .click();
      assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Tên")))
          .hasAttribute("aria-sort", "descending", SLOW);
      assertThat(rows(page).first()).containsText(second);
      assertThat(page).hasURL(Pattern.compile(".*sort=name(,|%2C)desc$"));
      PortalBrowser.checked(page, "danh-sach-mo-hinh-sap-xep", screen, false);

      // the Excel file holds what the list shows, in its order
      Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
          new Page.GetByRoleOptions().setName("Tải Excel (.xlsx)")).click());
      Assertions.assertThat(download.suggestedFilename()).isEqualTo("danh-sach-mo-hinh-20261120.xlsx");
      Assertions.assertThat(excelNames(download)).containsExactly(second, first);

      // the model's page is one click away
      results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(first)).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(first))).isVisible();
      page.goBack();
      assertThat(rows(page).first()).containsText(second);

      Assertions.assertThat(consoleErrors).as("console errors (CSP violations included)").isEmpty();
    }
  }

  /** V70 filled search_text of existing rows with SQL, the entities fill it in Java: on this database they agree. */
  @Test
  void theMigrationsSearchTextIsTheEntitysOnThisDatabase() throws IOException {
    String migration = new ClassPathResource("db/migration/V70__model_list_indexes.sql")
        .getContentAsString(StandardCharsets.UTF_8);
    Matcher translate = Pattern.compile("lower\\(translate\\(name,\\s*'([^']+)',\\s*'([^']+)'\\)\\)")
        .matcher(migration);
    Assertions.assertThat(translate.find()).isTrue();
    String letters = translate.group(1);
    for (String text : List.of(letters, "Dồn Điền Đổi Thửa", "KHU DÂN CƯ VĂN HÓA", "Xã Xuân Hồng", "Ấp Ỷ Lại")) {
      String sql = jdbc.queryForObject("select lower(translate(cast(? as varchar(255)), ?, ?))", String.class,
          text, letters, translate.group(2));
      Assertions.assertThat(sql).as(text).isEqualTo(SearchText.of(text));
    }
    Assertions.assertThat(jdbc.queryForObject("select count(*) from unit where search_text is null", Long.class))
        .isZero();
  }

  private static Locator rows(Page page) {
    return page.locator("#model-results tbody tr");
  }

  private static List<String> excelNames(Download download) throws IOException {
    try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("Danh sách mô hình");
      List<String> names = new ArrayList<>();
      for (int r = 4; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      return names;
    }
  }
}
