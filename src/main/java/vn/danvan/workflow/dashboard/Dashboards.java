package vn.danvan.workflow.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.dashboard.Dashboard.StepDuration;
import vn.danvan.workflow.dashboard.DashboardQueries.Count;
import vn.danvan.workflow.dashboard.DashboardQueries.FinishedTask;
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
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  Dashboards(Reports reports, DashboardQueries queries, WorkingDayCalendar calendar, Clock clock) {
    this.reports = reports;
    this.queries = queries;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Dashboard build(Period period, Caller caller) {
    ReportScope scope = reports.scopeFor(caller.groups(), caller.isAdmin());
    Report report = reports.build(period, scope, LocalDate.now(clock));
    Set<String> units = scope.unitIds();
    Instant now = clock.instant();
    return new Dashboard(period, report,
        complete(queries.modelsByStatus(period.from().getYear(), units),
            Arrays.stream(ModelStatus.values()).map(Enum::name).toList()),
        complete(queries.registrationsPerMonth(period, units), months(period)),
        complete(queries.ratings(period, units), RATINGS),
        queries.recognitionsByLevel(period, units),
        queries.rewardsByLevelAndForm(period, units),
        queries.replications(period, units),
        queries.mostReplicated(period, units, MOST_REPLICATED),
        sortedByCount(queries.overdueByUnit(now, units)),
        sortedByCount(queries.overdueByStep(now, units)),
        slowestSteps(queries.finishedTasks(period, units, caller.isAdmin())));
  }

  /** Per step, the working days each finished task took; the slowest steps first (by p90, then median). */
  List<StepDuration> slowestSteps(List<FinishedTask> tasks) {
    Map<String, String> names = new HashMap<>();
    Map<String, List<Integer>> days = new LinkedHashMap<>();
    Map<List<LocalDate>, Integer> between = new HashMap<>(); // many tasks start and end on the same days
    for (FinishedTask task : tasks) {
      String key = task.processKey() + "/" + task.step();
      names.putIfAbsent(key, task.name() == null ? task.step() : task.name());
      LocalDate created = VietnamTime.dayOf(task.created());
      LocalDate completed = VietnamTime.dayOf(task.completed());
      days.computeIfAbsent(key, k -> new ArrayList<>()).add(between.computeIfAbsent(List.of(created, completed),
          pair -> calendar.workingDaysBetween(pair.get(0), pair.get(1))));
    }
    return days.entrySet().stream()
        .map(e -> StepDuration.of(e.getKey(), names.get(e.getKey()), e.getValue().stream().sorted().toList()))
        .sorted(Comparator.comparingLong(StepDuration::p90).thenComparingLong(StepDuration::median).reversed()
            .thenComparing(StepDuration::name))
        .limit(SLOWEST_STEPS)
        .toList();
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

  static List<Count> sortedByCount(List<Count> counts) {
    return counts.stream().sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label,
        Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }
}
