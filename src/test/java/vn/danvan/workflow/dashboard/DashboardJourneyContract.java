package vn.danvan.workflow.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.Chromium;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalBrowser;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * A reviewer of the Ban Dân vận reads "Tổng quan" in Debian's Chromium: the charts are drawn, the tables under them
 * hold the report's numbers for the period (GET /api/reports/{period}), another period redraws the page; axe-core
 * finds nothing, the console stays clean (a Content-Security-Policy violation is an error) and nothing is wider
 * than a phone's screen.
 */
@ExtendWith(Chromium.class)
abstract class DashboardJourneyContract extends ServiceOnH2 {

  private static final String TABLES = """
      () => {
        const figures = {};
        document.querySelectorAll('table[data-figure]').forEach(table => {
          const rows = {};
          table.querySelectorAll('tbody tr').forEach(tr => {
            const row = {};
            tr.querySelectorAll('td[data-series]').forEach(td => { row[td.dataset.series] = td.textContent.trim(); });
            rows[tr.dataset.key] = row;
          });
          figures[table.dataset.figure] = rows;
        });
        return figures;
      }""";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;

  /** The screens this database is walked on. */
  abstract List<Screen> screens();

  @Test
  void aReviewerReadsTheOverviewOfAQuarterThenOfTheYear() {
    approvedModelOfThisSuite();
    for (Screen screen : screens()) {
      try (BrowserContext window = Chromium.open(screen)) {
        Page page = window.newPage();
        List<String> consoleErrors = Chromium.consoleErrors(page);
        PortalBrowser.login(page, url(""), "reviewer");

        PortalBrowser.menu(page, screen);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổng quan").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tổng quan").setLevel(1)))
            .isVisible();
        assertThat(page.getByText("Quý IV năm 2026").first()).isVisible();
        chartsAreDrawn(page, screen);
        tablesHoldTheReport(page, "2026-Q4");
        Chromium.screenshot(page, "tong-quan", screen, true);
        accessible(page, "tong-quan " + screen);

        // another period: the whole year
        page.getByLabel("Kỳ", new Page.GetByLabelOptions().setExact(true)).selectOption(
            new com.microsoft.playwright.options.SelectOption().setLabel("Cả năm"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
        assertThat(page).hasURL(Pattern.compile(".*/tong-quan\\?year=2026&quarter=$"));
        assertThat(page.getByText("Năm 2026", new Page.GetByTextOptions().setExact(true))).isVisible();
        chartsAreDrawn(page, screen);
        tablesHoldTheReport(page, "2026");
        Assertions.assertThat(tables(page).get("registrationsPerMonth")).hasSize(12);

        // the yearly campaigns, from the overview: their progress, and the form to open one (the Ban Dân vận)
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đợt đánh giá hằng năm")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đợt đánh giá hằng năm")
            .setLevel(1))).isVisible();
        assertThat(page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true))).isEditable();
        Assertions.assertThat(page.evaluate(
            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        Chromium.screenshot(page, "dot-danh-gia", screen, false);
        accessible(page, "dot-danh-gia " + screen);

        Assertions.assertThat(consoleErrors).as("console errors at %s (CSP violations included)", screen).isEmpty();
      }
    }
  }

  /** Every chart container holds the canvas ECharts drew, no wider than the window. */
  static void chartsAreDrawn(Page page, Screen screen) {
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD); // the scripts have run
    Locator charts = page.locator("[data-chart]");
    Assertions.assertThat(charts.count()).as("charts on the page").isGreaterThanOrEqualTo(6); // the six with fixed categories, and those with figures
    for (int i = 0; i < charts.count(); i++) {
      Locator chart = charts.nth(i);
      assertThat(chart).hasAttribute("role", "img");
      assertThat(chart).hasAttribute("aria-label", Pattern.compile("^Biểu đồ: .+"));
      assertThat(chart.locator("canvas, svg").first()).isAttached();
    }
    Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
    Assertions.assertThat(overflow.intValue()).as("page wider than the window at %s", screen).isLessThanOrEqualTo(0);
    Number widest = (Number) page.evaluate(
        "() => Math.max(...Array.from(document.querySelectorAll('[data-chart] canvas'), c => c.getBoundingClientRect().right))");
    Assertions.assertThat(widest.doubleValue()).as("charts fit the window at %s", screen)
        .isLessThanOrEqualTo(screen.width);
  }

  /**
   * The tables' indicators, by field, by unit, deadlines and petitions by kind are the report's for the same reader
   * and period.
   */
  @SuppressWarnings("unchecked")
  void tablesHoldTheReport(Page page, String period) {
    var answer = Api.as(rest, "reviewer").get("/api/reports/" + period);
    Assertions.assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> report = answer.getBody();
    Map<String, Map<String, Map<String, Long>>> tables = tables(page);

    Map<String, Map<String, Long>> indicators = new LinkedHashMap<>();
    for (Map<String, Object> i : (List<Map<String, Object>>) report.get("indicators")) {
      indicators.put((String) i.get("code"), numbers(i, "models", "exemplars", "total", "previousTotal", "change"));
    }
    Assertions.assertThat(tables.get("indicators")).as("indicators of %s", period).isEqualTo(indicators);
    for (String figure : List.of("byField", "byUnit")) {
      Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
      for (Map<String, Object> b : (List<Map<String, Object>>) report.get(figure)) {
        rows.put((String) b.get("key"), numbers(b, "registered", "recognised", "outstanding", "replicated",
            "rewarded"));
      }
      Assertions.assertThat(tables.getOrDefault(figure, Map.of())).as("%s of %s", figure, period).isEqualTo(rows);
    }
    Map<String, Object> deadlines = (Map<String, Object>) report.get("deadlines");
    Map<String, Map<String, Long>> states = new LinkedHashMap<>();
    for (String state : List.of("onTime", "late", "missing", "notYetDue")) {
      states.put(state, Map.of("count", ((Number) deadlines.get(state)).longValue()));
    }
    Assertions.assertThat(tables.get("deadlines")).as("deadlines of %s", period).isEqualTo(states);
    Map<String, Map<String, Long>> petitions = new LinkedHashMap<>();
    for (Map<String, Object> k : (List<Map<String, Object>>) ((Map<String, Object>) report.get("petitions"))
        .get("byKind")) {
      petitions.put((String) k.get("key"), numbers(k, "received", "settledOnTime", "settledLate", "overdue", "open",
          "closedOtherwise"));
    }
    Assertions.assertThat(tables.get("petitions")).as("petitions of %s", period).isEqualTo(petitions);
    Assertions.assertThat(indicators.get("REGISTERED").get("total")).as("something to draw in %s", period)
        .isPositive();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Map<String, Long>>> tables(Page page) {
    Map<String, Map<String, Map<String, String>>> read =
        (Map<String, Map<String, Map<String, String>>>) page.evaluate(TABLES);
    Map<String, Map<String, Map<String, Long>>> tables = new LinkedHashMap<>();
    read.forEach((figure, rows) -> {
      Map<String, Map<String, Long>> numbers = new LinkedHashMap<>();
      rows.forEach((key, row) -> {
        Map<String, Long> cells = new LinkedHashMap<>();
        row.forEach((series, text) -> cells.put(series, Long.parseLong(text)));
        numbers.put(key, cells);
      });
      tables.put(figure, numbers);
    });
    return tables;
  }

  /** axe-core's WCAG 2.1 AA rules, with the tables closed (as the page opens) and open. */
  static void accessible(Page page, String what) {
    PortalBrowser.accessible(page, what);
    page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })");
    PortalBrowser.accessible(page, what + ", tables open");
  }

  /** A model of a commune no other suite registers for, approved by the reviewer this quarter. */
  @SuppressWarnings("unchecked")
  void approvedModelOfThisSuite() {
    Api reviewer = Api.as(rest, "reviewer");
    String name = "Tổng quan: tuyến đường hoa kiểu mẫu";
    Map<String, Object> registration = Api.registration("xa-xuan-phong", name);
    registration.put("field", "CULTURE_SOCIETY");
    long id = ((Number) Api.as(rest, "admin").post("/api/models", registration).getBody().get("id")).longValue();
    List<Map<String, Object>> rows = (List<Map<String, Object>>) reviewer.get("/api/tasks?modelId=" + id).getBody()
        .get("content");
    String task = (String) rows.get(0).get("id");
    Assertions.assertThat(reviewer.post("/api/tasks/" + task + "/claim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Assertions.assertThat(reviewer.post("/api/tasks/" + task + "/complete",
        Map.of("decision", "APPROVE", "comment", "Đủ hồ sơ")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static Map<String, Long> numbers(Map<String, Object> row, String... series) {
    Map<String, Long> numbers = new LinkedHashMap<>();
    for (String s : series) {
      numbers.put(s, ((Number) row.get(s)).longValue());
    }
    return numbers;
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }
}
