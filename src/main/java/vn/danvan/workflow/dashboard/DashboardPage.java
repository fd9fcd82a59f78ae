package vn.danvan.workflow.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.workflow.dashboard.Chart.Category;
import vn.danvan.workflow.dashboard.Chart.Series;
import vn.danvan.workflow.dashboard.DashboardQueries.Count;
import vn.danvan.workflow.dashboard.DashboardQueries.LevelCount;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.report.Period;
import vn.danvan.workflow.report.Report;
import vn.danvan.workflow.report.Report.Breakdown;
import vn.danvan.workflow.report.Report.Indicator;
import vn.danvan.workflow.report.Report.PetitionFigures;
import vn.danvan.workflow.report.Reports;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * "Tổng quan" (/tong-quan): the leaders' dashboard of a year or a quarter, for the units the reader may see (the
 * report's scope). Each chart is drawn by static/js/dashboard.js from its data-chart attribute and listed in a
 * table beside it; each bar links to the list behind it where there is one. The report's XLSX and PDF of the same
 * period download from here with the portal's session (the API itself answers HTTP Basic only).
 */
@PortalPage
class DashboardPage {

  /** Years offered besides the current one (and whichever year was asked for). */
  static final int YEARS_BACK = 5;
  static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");
  private static final List<String> BREAKDOWN = List.of("registered", "recognised", "outstanding", "replicated",
      "rewarded");
  private static final List<String> DEADLINES = List.of("onTime", "late", "missing", "notYetDue");
  /** The petitions' figures as the report names them; the first four are drawn, the rest only listed. */
  static final List<String> PETITION_SERIES = List.of("received", "settledOnTime", "settledLate", "overdue", "open",
      "closedOtherwise");
  private static final List<ToLongFunction<PetitionFigures>> PETITION_MEASURES = List.of(PetitionFigures::received,
      PetitionFigures::settledOnTime, PetitionFigures::settledLate, PetitionFigures::overdue, PetitionFigures::open,
      PetitionFigures::closedOtherwise);
  private static final int PETITION_DRAWN = 4;

  private final Dashboards dashboards;
  private final Reports reports;
  private final MessageSource messages;
  private final Clock clock;

  DashboardPage(Dashboards dashboards, Reports reports, MessageSource messages, Clock clock) {
    this.dashboards = dashboards;
    this.reports = reports;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/tong-quan")
  String show(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
      Model page, Locale locale) {
    Period period = period(year, quarter);
    Dashboard dashboard = dashboards.build(period, Caller.current());
    Text text = new Text(messages, locale);
    int shownYear = period.from().getYear();
    page.addAttribute("dashboard", dashboard);
    page.addAttribute("report", dashboard.report());
    page.addAttribute("charts", charts(dashboard, text));
    page.addAttribute("petitionTotals", petitionTotals(dashboard.report().petitions().total()));
    page.addAttribute("year", shownYear);
    page.addAttribute("quarter", period.kind() == Period.Kind.QUARTER ? period.code().substring(5) : "");
    page.addAttribute("years", years(shownYear));
    page.addAttribute("quarters", QUARTERS);
    return "dashboard/dashboard";
  }

  /** The report of the same period and scope as an XLSX or PDF document, as GET /api/reports/{period}?format=. */
  @GetMapping("/tong-quan/bao-cao.{format:xlsx|pdf}")
  ResponseEntity<byte[]> document(@PathVariable String format, @RequestParam(required = false) String year,
      @RequestParam(required = false) String quarter) {
    Period period = period(year, quarter);
    Caller caller = Caller.current();
    Report report = reports.build(period, reports.scopeFor(caller.groups(), caller.isAdmin()), LocalDate.now(clock));
    boolean xlsx = format.equals("xlsx");
    return ResponseEntity.ok()
        .contentType(xlsx ? Reports.XLSX : MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(Reports.fileName(period, format)).build().toString())
        .body(xlsx ? reports.xlsx(report) : reports.pdf(report));
  }

  /** The year asked for, the whole year or one quarter; by default the quarter under way. */
  Period period(String year, String quarter) {
    LocalDate today = LocalDate.now(clock);
    if (year == null || year.isBlank()) {
      return Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
    }
    int number = year.matches("\\d{4}") ? Integer.parseInt(year) : -1;
    if (number < 2000 || number > today.getYear() + 1) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-period", year);
    }
    if (quarter == null || quarter.isBlank()) {
      return Period.year(number);
    }
    int index = QUARTERS.indexOf(quarter);
    if (index < 0) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-period", quarter);
    }
    return Period.quarter(number, index + 1);
  }

  private List<Integer> years(int shown) {
    Set<Integer> years = new LinkedHashSet<>();
    int current = LocalDate.now(clock).getYear();
    for (int y = current; y >= current - YEARS_BACK; y--) {
      years.add(y);
    }
    years.add(shown);
    return years.stream().sorted(Comparator.reverseOrder()).toList();
  }

  private Map<String, Chart> charts(Dashboard d, Text text) {
    Report report = d.report();
    int year = d.period().from().getYear();
    Map<String, Chart> charts = new LinkedHashMap<>();

    List<Indicator> indicators = report.indicators();
    charts.put("indicators", new Chart("indicators", "stacked", text.get("dashboard.indicators"),
        text.get("dashboard.indicator"),
        indicators.stream().map(i -> new Category(i.code(), text.get("dashboard.indicator." + i.code()),
            i.code().equals("REGISTERED") ? models("year", year) : null)).toList(),
        List.of(Series.drawn("models", text.get("dashboard.series.models"), values(indicators, Indicator::models)),
            Series.drawn("exemplars", text.get("dashboard.series.exemplars"),
                values(indicators, Indicator::exemplars)),
            Series.tableOnly("total", text.get("dashboard.series.total"), values(indicators, Indicator::total)),
            Series.tableOnly("previousTotal", text.get("dashboard.series.previousTotal"),
                values(indicators, Indicator::previousTotal)),
            Series.tableOnly("change", text.get("dashboard.series.change"), values(indicators, Indicator::change)))));

    charts.put("byStatus", single("byStatus", "bar", text, d.byStatus(),
        c -> new Category(c.key(), text.get("model.status." + c.key()), models("status", c.key(), "year", year)),
        "dashboard.series.models"));
    charts.put("byField", breakdown("byField", "bar", text, report.byField(), "field", year));
    charts.put("byUnit", breakdown("byUnit", "horizontal", text, report.byUnit(), "unitId", year));
    charts.put("registrationsPerMonth", single("registrationsPerMonth", "bar", text, d.registrationsPerMonth(),
        c -> new Category(c.key(), text.get("dashboard.month",
            d.period().from().plusMonths(Long.parseLong(c.key()) - 1).getMonthValue()), null),
        "dashboard.series.registered"));

    charts.put("ratings", single("ratings", "bar", text, d.ratings(),
        c -> new Category(c.key(), text.get("dashboard.rating." + c.key()), null), "dashboard.series.evaluations"));
    charts.put("recognitions", new Chart("recognitions", "bar", text.get("dashboard.recognitions"),
        text.get("dashboard.level"),
        d.recognitionsByLevel().stream().map(l -> new Category(level(l), level(l, text), null)).toList(),
        List.of(Series.drawn("recognised", text.get("dashboard.series.recognised"),
            d.recognitionsByLevel().stream().map(LevelCount::count).toList()))));
    charts.put("rewards", rewards(d.rewardsByLevelAndForm(), text));
    charts.put("replications", new Chart("replications", "horizontal", text.get("dashboard.replications"),
        text.get("dashboard.model"),
        d.mostReplicated().stream().map(r -> new Category(String.valueOf(r.modelId()),
            r.modelName() + " (" + r.unitName() + ")", "/mo-hinh/" + r.modelId())).toList(),
        List.of(Series.drawn("places", text.get("dashboard.series.places"),
            d.mostReplicated().stream().map(DashboardQueries.Replicated::places).toList()))));

    charts.put("overdueByUnit", single("overdueByUnit", "horizontal", text, d.overdueByUnit(),
        c -> new Category(c.key(), c.label(), tasks(c.key())), "dashboard.series.overdue"));
    charts.put("overdueByStep", single("overdueByStep", "horizontal", text, d.overdueByStep(),
        c -> new Category(c.key(), c.label() == null ? c.key() : c.label(), tasks(null)), "dashboard.series.overdue"));
    List<Dashboard.StepDuration> steps = d.slowestSteps();
    charts.put("slowestSteps", new Chart("slowestSteps", "horizontal", text.get("dashboard.slowestSteps"),
        text.get("dashboard.step"),
        steps.stream().map(s -> new Category(s.key(), s.name(), null)).toList(),
        List.of(Series.drawn("median", text.get("dashboard.series.median"),
                steps.stream().map(Dashboard.StepDuration::median).toList()),
            Series.drawn("p90", text.get("dashboard.series.p90"),
                steps.stream().map(Dashboard.StepDuration::p90).toList()),
            Series.tableOnly("tasks", text.get("dashboard.series.tasks"),
                steps.stream().map(Dashboard.StepDuration::tasks).toList()))));

    Report.Deadlines deadlines = report.deadlines();
    List<Long> deadlineValues = List.of(deadlines.onTime(), deadlines.late(), deadlines.missing(),
        deadlines.notYetDue());
    charts.put("deadlines", new Chart("deadlines", "bar", text.get("dashboard.deadlines"),
        text.get("dashboard.deadline"),
        DEADLINES.stream().map(k -> new Category(k, text.get("dashboard.deadline." + k), null)).toList(),
        List.of(Series.drawn("count", text.get("dashboard.series.obligations"), deadlineValues))));

    List<PetitionFigures> kinds = report.petitions().byKind();
    List<Series> petitionSeries = new ArrayList<>();
    for (int i = 0; i < PETITION_SERIES.size(); i++) {
      String key = PETITION_SERIES.get(i);
      List<Long> values = values(kinds, PETITION_MEASURES.get(i));
      petitionSeries.add(i < PETITION_DRAWN ? Series.drawn(key, text.get("dashboard.petitions." + key), values)
          : Series.tableOnly(key, text.get("dashboard.petitions." + key), values));
    }
    charts.put("petitions", new Chart("petitions", "bar", text.get("dashboard.petitions.chart"),
        text.get("dashboard.petitions.kind"),
        kinds.stream().map(k -> new Category(k.key(), text.get("dashboard.petitions.kind." + k.key()), null)).toList(),
        petitionSeries));
    return charts;
  }

  /** The petitions' card: received, settled on time, settled late, overdue in all, as the chart draws them by kind. */
  static Map<String, Long> petitionTotals(PetitionFigures total) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (int i = 0; i < PETITION_DRAWN; i++) {
      totals.put(PETITION_SERIES.get(i), PETITION_MEASURES.get(i).applyAsLong(total));
    }
    return totals;
  }

  private Chart breakdown(String id, String kind, Text text, List<Breakdown> rows, String filter, int year) {
    List<Category> categories = rows.stream()
        .map(b -> new Category(b.key(), b.label(), models(filter, b.key(), "year", year))).toList();
    List<ToLongFunction<Breakdown>> measures = List.of(Breakdown::registered, Breakdown::recognised,
        Breakdown::outstanding, Breakdown::replicated, Breakdown::rewarded);
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < BREAKDOWN.size(); i++) {
      series.add(Series.drawn(BREAKDOWN.get(i), text.get("dashboard.series." + BREAKDOWN.get(i)),
          values(rows, measures.get(i))));
    }
    return new Chart(id, kind, text.get("dashboard." + id), text.get("dashboard." + id + ".category"), categories,
        series);
  }

  private static Chart single(String id, String kind, Text text, List<Count> counts,
      Function<Count, Category> category, String seriesLabel) {
    return new Chart(id, kind, text.get("dashboard." + id), text.get("dashboard." + id + ".category"),
        counts.stream().map(category).toList(),
        List.of(Series.drawn("count", text.get(seriesLabel), counts.stream().map(Count::count).toList())));
  }

  /** Levels down, the forms granted at each stacked. */
  private static Chart rewards(List<LevelCount> rewards, Text text) {
    List<String> levels = rewards.stream().map(DashboardPage::level).distinct().toList();
    List<String> forms = rewards.stream().map(r -> r.form() == null ? "" : r.form()).distinct().toList();
    List<Series> series = forms.stream().map(form -> Series.drawn(form,
        form.isEmpty() ? text.get("dashboard.form.unknown") : form,
        levels.stream().map(level -> rewards.stream()
            .filter(r -> level(r).equals(level) && (r.form() == null ? "" : r.form()).equals(form))
            .mapToLong(LevelCount::count).sum()).toList())).toList();
    return new Chart("rewards", "stacked", text.get("dashboard.rewards"), text.get("dashboard.level"),
        levels.stream().map(l -> new Category(l, l.isEmpty() ? text.get("dashboard.level.unknown") : l, null))
            .toList(), series);
  }

  private static String level(LevelCount count) {
    return count.level() == null ? "" : count.level();
  }

  private static String level(LevelCount count, Text text) {
    return count.level() == null ? text.get("dashboard.level.unknown") : count.level();
  }

  private static <T> List<Long> values(List<T> rows, ToLongFunction<T> value) {
    return rows.stream().map(row -> value.applyAsLong(row)).toList();
  }

  /** The model list (/mo-hinh, filtered by year, field, status, unitId) behind a figure. */
  static String models(Object... filters) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/mo-hinh");
    for (int i = 0; i < filters.length; i += 2) {
      uri.queryParam((String) filters[i], filters[i + 1]);
    }
    return uri.encode().build().toUriString();
  }

  /** The overdue tasks in "Công việc", of one unit when given. */
  static String tasks(String unitId) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/cong-viec").queryParam("view", "overdue");
    if (unitId != null) {
      uri.queryParam("unitId", unitId);
    }
    return uri.encode().build().toUriString();
  }

  /** The page's texts in its language. */
  record Text(MessageSource messages, Locale locale) {
    String get(String code, Object... args) {
      return messages.getMessage(code, args, locale);
    }
  }
}
