package vn.danvan.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.workflow.dashboard.DashboardFixture.BOARD_USER;
import static vn.danvan.workflow.dashboard.DashboardFixture.DONG;
import static vn.danvan.workflow.dashboard.DashboardFixture.DONG_USER;
import static vn.danvan.workflow.dashboard.DashboardFixture.TAY;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import vn.danvan.workflow.report.PetitionReportFixture;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Every number of "Tổng quan" that the periodic report also has is the report's, for the same reader and period:
 * the page's tables and its charts' data against GET /api/reports/{period} (indicators with the previous period,
 * by field, by unit, deadlines), for an administrator, the Ban Dân vận, a commune (its own figures only) and the
 * board and a commune of a district of this suite's own. The figures the report has not are checked against that
 * district's known year. The citizens' petitions (card and chart) likewise, also for a district with petitions filed
 * and handled through the engine (report/PetitionReportFixture).
 */
class DashboardMatchesReportTest extends ServiceOnH2 {

  private static final List<String> INDICATOR_SERIES = List.of("models", "exemplars", "total", "previousTotal",
      "change");
  private static final List<String> BREAKDOWN_SERIES = List.of("registered", "recognised", "outstanding",
      "replicated", "rewarded");

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ApplicationContext context;

  @BeforeEach
  void knownDistrict() {
    DashboardFixture.ensure(context, rest);
    PetitionReportFixture.ensure(context);
  }

  @ParameterizedTest(name = "{0}, {1} {2}")
  @CsvSource({"admin, 2026, Q4", "admin, 2026, ''", "reviewer, 2026, Q4", "commune1, 2026, Q4", "commune1, 2026, ''",
      "tq-board, 2026, Q4", "tq-board, 2026, ''", "tq-board, 2026, Q3", "tq-dong, 2026, Q4", "tq-dong, 2026, ''",
      "dt-huyen, 2026, Q4", "dt-huyen, 2026, Q3", "dt-bac, 2026, ''"})
  @SuppressWarnings("unchecked")
  void everyFigureTheReportAlsoHasIsTheReports(String user, int year, String quarter) {
    String code = quarter.isEmpty() ? String.valueOf(year) : year + "-" + quarter;
    Map<String, Object> report = Api.as(rest, user).get("/api/reports/" + code).getBody();
    HttpResponse<String> response = PortalSession.signedIn(port, user)
        .get("/tong-quan?year=" + year + "&quarter=" + quarter);
    assertThat(response.statusCode()).isEqualTo(200);
    DashboardHtml page = new DashboardHtml(response.body());

    assertThat(page.html).contains(escaped((String) ((Map<?, ?>) report.get("period")).get("label")),
        escaped((String) report.get("scope")));

    List<Map<String, Object>> indicators = (List<Map<String, Object>>) report.get("indicators");
    assertThat(page.keys("indicators")).containsExactlyElementsOf(keys(indicators, "code"));
    for (String series : INDICATOR_SERIES) {
      assertThat(page.column("indicators", series)).as("indicators, %s", series)
          .containsExactlyEntriesOf(column(indicators, "code", series));
    }
    assertThat(page.drawn("indicators", "models")).isEqualTo(values(indicators, "models"));
    assertThat(page.drawn("indicators", "exemplars")).isEqualTo(values(indicators, "exemplars"));

    for (String figure : List.of("byField", "byUnit")) {
      List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get(figure);
      assertThat(page.keys(figure)).as(figure).containsExactlyElementsOf(keys(rows, "key"));
      assertThat(page.table(figure)).extracting(DashboardHtml.Row::label).as(figure)
          .containsExactlyElementsOf(rows.stream().map(r -> escaped((String) r.get("label"))).toList());
      for (String series : BREAKDOWN_SERIES) {
        assertThat(page.column(figure, series)).as("%s, %s", figure, series)
            .containsExactlyEntriesOf(column(rows, "key", series));
        if (!rows.isEmpty()) {
          assertThat(page.drawn(figure, series)).as("%s drawn, %s", figure, series).isEqualTo(values(rows, series));
        }
      }
    }

    Map<String, Object> deadlines = (Map<String, Object>) report.get("deadlines");
    Map<String, Long> expected = new LinkedHashMap<>();
    for (String state : List.of("onTime", "late", "missing", "notYetDue")) {
      expected.put(state, ((Number) deadlines.get(state)).longValue());
    }
    assertThat(page.column("deadlines", "count")).containsExactlyEntriesOf(expected);
    assertThat(page.drawn("deadlines", "count")).containsExactlyElementsOf(expected.values());
    assertThat(page.html).contains(deadlines.get("due") + " kế hoạch, báo cáo đến hạn trong kỳ");
    Map<String, Object> petitions = (Map<String, Object>) report.get("petitions");
    List<Map<String, Object>> kinds = (List<Map<String, Object>>) petitions.get("byKind");
    assertThat(page.keys("petitions")).containsExactlyElementsOf(keys(kinds, "key"));
    assertThat(page.table("petitions")).extracting(DashboardHtml.Row::label)
        .containsExactlyElementsOf(kinds.stream().map(k -> escaped((String) k.get("label"))).toList());
    for (String series : DashboardPage.PETITION_SERIES) {
      assertThat(page.column("petitions", series)).as("petitions, %s", series)
          .containsExactlyEntriesOf(column(kinds, "key", series));
    }
    for (String series : DashboardPage.PETITION_SERIES.subList(0, 4)) {
      assertThat(page.drawn("petitions", series)).as("petitions drawn, %s", series).isEqualTo(values(kinds, series));
    }
    Map<String, Object> total = (Map<String, Object>) petitions.get("total");
    Map<String, Long> totals = new LinkedHashMap<>();
    DashboardPage.PETITION_SERIES.subList(0, 4).forEach(f -> totals.put(f, ((Number) total.get(f)).longValue()));
    assertThat(page.petitionTotals()).containsExactlyEntriesOf(totals);

    int late = ((List<?>) report.get("lateUnits")).size();
    if (late > 0) {
      assertThat(page.html).contains("Đơn vị chậm, thiếu (" + late + ")");
    } else {
      assertThat(page.html).doesNotContain("Đơn vị chậm, thiếu");
    }
  }

  @Test
  void theDistrictsQuarterAsItsBoardSeesIt() {
    DashboardHtml page = page(BOARD_USER, "year=2026&quarter=Q4");

    assertThat(page.column("indicators", "total")).containsExactly(Map.entry("REGISTERED", 3L),
        Map.entry("RECOGNISED", 1L), Map.entry("OUTSTANDING", 1L), Map.entry("REPLICATED", 1L),
        Map.entry("REWARDED", 1L));
    assertThat(page.column("indicators", "previousTotal")).containsEntry("REGISTERED", 1L);
    assertThat(page.keys("byUnit")).containsExactly(DONG, TAY);
    assertThat(page.column("byUnit", "registered")).containsExactly(Map.entry(DONG, 2L), Map.entry(TAY, 1L));
    assertThat(page.column("deadlines", "count")).containsExactly(Map.entry("onTime", 1L), Map.entry("late", 0L),
        Map.entry("missing", 1L), Map.entry("notYetDue", 1L));
  }

  @Test
  void theDistrictsPetitionsOfTheQuarterOnTheCardAndTheChart() {
    DashboardHtml page = page(PetitionReportFixture.DISTRICT_USER, "year=2026&quarter=Q4");

    assertThat(page.petitionTotals()).containsExactly(Map.entry("received", 6L), Map.entry("settledOnTime", 1L),
        Map.entry("settledLate", 1L), Map.entry("overdue", 2L));
    assertThat(page.html).contains("3 đơn đang giải quyết (kể cả đơn quá hạn), 1 đơn đã chuyển");
    assertThat(page.column("petitions", "received")).containsExactly(Map.entry("KIEN_NGHI", 1L),
        Map.entry("PHAN_ANH", 1L), Map.entry("KHIEU_NAI", 3L), Map.entry("TO_CAO", 1L));
    assertThat(page.drawn("petitions", "overdue")).containsExactly(1L, 0L, 0L, 1L);
    assertThat(page.column("petitions", "closedOtherwise")).containsEntry("KHIEU_NAI", 1L);
  }

  @Test
  void readingEveryUnitWithoutTheirIdsGivesTheSameOverdueTasksAndSteps() {
    DashboardQueries queries = context.getBean(DashboardQueries.class);
    List<String> all = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
        .queryForList("select id from unit", String.class);
    java.time.Instant now = context.getBean(java.time.Clock.class).instant();
    vn.danvan.workflow.report.Period year = vn.danvan.workflow.report.Period.year(2026);

    assertThat(queries.everyUnit(all)).isTrue();
    assertThat(queries.everyUnit(all.subList(1, all.size()))).isFalse();
    assertThat(queries.overdue(now, all, true)).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(queries.overdue(now, all, false));
    assertThat(queries.slowestSteps(year, all, false, true, 100)).isNotEmpty()
        .isEqualTo(queries.slowestSteps(year, all, false, false, 100));
  }

  @Test
  void theFiguresTheReportHasNotAreCountedFromWhatHappened() {
    DashboardHtml quarter = page(BOARD_USER, "year=2026&quarter=Q4");

    assertThat(quarter.column("byStatus", "count")).containsExactly(Map.entry("SUBMITTED", 1L),
        Map.entry("RETURNED", 0L), Map.entry("REJECTED", 0L), Map.entry("REGISTERED", 2L), Map.entry("EVALUATED", 1L),
        Map.entry("RECOGNISED", 0L), Map.entry("REWARDED", 1L), Map.entry("REMOVED", 0L));
    assertThat(quarter.html).contains("href=\"/mo-hinh?status=REWARDED&amp;year=2026\"");
    assertThat(quarter.table("registrationsPerMonth")).extracting(DashboardHtml.Row::label, r -> r.values().get("count"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Tháng 10", 0L),
            org.assertj.core.groups.Tuple.tuple("Tháng 11", 3L), org.assertj.core.groups.Tuple.tuple("Tháng 12", 0L));
    assertThat(quarter.column("ratings", "count")).containsExactly(Map.entry("XUAT_SAC", 1L), Map.entry("TOT", 0L),
        Map.entry("KHA", 1L), Map.entry("CHUA_DAT", 0L));
    assertThat(quarter.column("recognitions", "recognised")).containsExactly(Map.entry("cấp huyện", 1L));
    assertThat(quarter.column("rewards", "Giấy khen")).containsExactly(Map.entry("cấp huyện", 1L));
    assertThat(quarter.column("replications", "places")).containsExactly(Map.entry(String.valueOf(DashboardFixture.m1), 2L));
    assertThat(quarter.html).contains("2 lượt nhân rộng được ghi nhận trong kỳ",
        "href=\"/mo-hinh/" + DashboardFixture.m1 + "\"");
    assertThat(quarter.column("overdueByUnit", "count")).containsExactly(Map.entry(TAY, 1L));
    assertThat(quarter.html).contains("href=\"/cong-viec?view=overdue&amp;unitId=" + TAY + "\"");
    assertThat(quarter.column("overdueByStep", "count"))
        .containsExactly(Map.entry("model-registration/Task_ReviewRegistration", 1L));
    // verification took 14, 4 and 4 working days: the median is 4, nine in ten were done within 14
    assertThat(quarter.table("slowestSteps")).singleElement().satisfies(step -> {
      assertThat(step.key()).isEqualTo("model-registration/Task_ReviewRegistration");
      assertThat(step.values()).containsExactly(Map.entry("median", 4L), Map.entry("p90", 14L),
          Map.entry("tasks", 3L));
    });

    DashboardHtml year = page(BOARD_USER, "year=2026&quarter=");
    assertThat(year.column("ratings", "count")).containsEntry("TOT", 1L).containsEntry("XUAT_SAC", 1L);
    assertThat(year.table("registrationsPerMonth")).hasSize(12);
    assertThat(year.column("registrationsPerMonth", "count")).containsEntry("8", 1L).containsEntry("11", 3L);

    // a commune: its own models' figures, and the steps of its own models' processes
    DashboardHtml dong = page(DONG_USER, "year=2026&quarter=Q4");
    assertThat(dong.keys("byUnit")).containsExactly(DONG);
    assertThat(dong.column("byStatus", "count")).containsEntry("REGISTERED", 2L).containsEntry("REWARDED", 1L)
        .containsEntry("EVALUATED", 0L).containsEntry("SUBMITTED", 0L);
    assertThat(dong.column("ratings", "count")).containsEntry("KHA", 0L).containsEntry("XUAT_SAC", 1L);
    assertThat(dong.table("overdueByUnit")).isEmpty();
    assertThat(dong.table("slowestSteps")).singleElement()
        .satisfies(step -> assertThat(step.values()).containsEntry("median", 4L).containsEntry("p90", 14L)
            .containsEntry("tasks", 2L));
  }

  @Test
  void theReportsDocumentsDownloadForTheSamePeriod() {
    PortalSession board = PortalSession.signedIn(port, BOARD_USER);
    HttpResponse<String> xlsx = board.get("/tong-quan/bao-cao.xlsx?year=2026&quarter=Q4");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "bao-cao-dan-van-kheo-2026-Q4.xlsx");
    HttpResponse<String> pdf = board.get("/tong-quan/bao-cao.pdf?year=2026&quarter=");
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("bao-cao-dan-van-kheo-2026.pdf");
    assertThat(board.get("/tong-quan?year=20x6").statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
    assertThat(board.get("/tong-quan?year=2026&quarter=Q5").statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
  }

  DashboardHtml page(String user, String query) {
    HttpResponse<String> response = PortalSession.signedIn(port, user).get("/tong-quan?" + query);
    assertThat(response.statusCode()).isEqualTo(200);
    return new DashboardHtml(response.body());
  }

  /** As Thymeleaf writes a text: the five HTML characters escaped, Vietnamese as it is. */
  static String escaped(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static List<String> keys(List<Map<String, Object>> rows, String key) {
    return rows.stream().map(r -> (String) r.get(key)).toList();
  }

  private static List<Long> values(List<Map<String, Object>> rows, String series) {
    return rows.stream().map(r -> ((Number) r.get(series)).longValue()).toList();
  }

  private static Map<String, Long> column(List<Map<String, Object>> rows, String key, String series) {
    Map<String, Long> column = new LinkedHashMap<>();
    rows.forEach(r -> column.put((String) r.get(key), ((Number) r.get(series)).longValue()));
    return column;
  }
}
