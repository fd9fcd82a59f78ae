package vn.danvan.workflow.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.dashboard.DashboardQueries.Count;
import vn.danvan.workflow.dashboard.DashboardQueries.Overdue;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.report.Period;
import vn.danvan.workflow.report.Report;
import vn.danvan.workflow.report.ReportScope;
import vn.danvan.workflow.report.Reports;
import vn.danvan.workflow.security.Caller;

/**
 * Builds a {@link Dashboard}: the report-level figures are {@link Reports#build}'s result for the reader's scope
 * ({@link Reports#scopeFor}, as GET /api/reports/{period} does), never counted again here; the others are
 * {@link DashboardQueries}' grouped queries over the same units.
 */
@Service
class Dashboards {

  /** The evaluation's ratings in the order the DMN table gives them (model-rating.dmn). */
  static final List<String> RATINGS = List.of("XUAT_SAC", "TOT", "KHA", "CHUA_DAT");
  static final int MOST_REPLICATED = 10;
  static final int SLOWEST_STEPS = 10;

  private final Reports reports;
  private final DashboardQueries queries;
  private final Clock clock;

  Dashboards(Reports reports, DashboardQueries queries, Clock clock) {
    this.reports = reports;
    this.queries = queries;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Dashboard build(Period period, Caller caller) {
    ReportScope scope = reports.scopeFor(caller.groups(), caller.isAdmin());
    Report report = reports.build(period, scope, LocalDate.now(clock));
    Set<String> units = scope.unitIds();
    boolean everyUnit = queries.everyUnit(units);
    List<Overdue> overdue = queries.overdue(clock.instant(), units, everyUnit);
    return new Dashboard(period, report,
        complete(queries.modelsByStatus(period.from().getYear(), units),
            Arrays.stream(ModelStatus.values()).map(Enum::name).toList()),
        complete(queries.registrationsPerMonth(period, units), months(period)),
        complete(queries.ratings(period, units), RATINGS),
        queries.recognitionsByLevel(period, units),
        queries.rewardsByLevelAndForm(period, units),
        queries.replications(period, units),
        queries.mostReplicated(period, units, MOST_REPLICATED),
        sortedByCount(total(overdue, Overdue::unitId, Overdue::unitName)),
        sortedByCount(total(overdue, Overdue::step, Overdue::stepName)),
        queries.slowestSteps(period, units, caller.isAdmin(), everyUnit, SLOWEST_STEPS));
  }

  /** Keys 1..n for the period's months. */
  static List<String> months(Period period) {
    List<String> keys = new ArrayList<>();
    for (LocalDate first = period.from().withDayOfMonth(1); !first.isAfter(period.to()); first = first.plusMonths(1)) {
      keys.add(String.valueOf(keys.size() + 1));
    }
    return keys;
  }

  /** Every key in its order, zero where the query found none. */
  static List<Count> complete(List<Count> found, List<String> keys) {
    Map<String, Count> byKey = found.stream().collect(Collectors.toMap(Count::key, Function.identity()));
    return keys.stream().map(key -> byKey.getOrDefault(key, new Count(key, key, 0))).toList();
  }

  /** The overdue tasks summed by a key (a unit, a step): a few hundred groups, already counted by SQL. */
  static List<Count> total(List<Overdue> overdue, Function<Overdue, String> key, Function<Overdue, String> label) {
    Map<String, Count> totals = new LinkedHashMap<>();
    for (Overdue group : overdue) {
      totals.merge(key.apply(group), new Count(key.apply(group), label.apply(group), group.count()),
          (a, b) -> new Count(a.key(), max(a.label(), b.label()), a.count() + b.count()));
    }
    return List.copyOf(totals.values());
  }

  private static String max(String a, String b) { // as SQL's max(name): the greater, nulls aside
    return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
  }

  static List<Count> sortedByCount(List<Count> counts) {
    return counts.stream().sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label,
        Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }
}
