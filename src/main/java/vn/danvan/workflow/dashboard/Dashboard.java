package vn.danvan.workflow.dashboard;

import java.util.List;
import vn.danvan.workflow.dashboard.DashboardQueries.Count;
import vn.danvan.workflow.dashboard.DashboardQueries.LevelCount;
import vn.danvan.workflow.dashboard.DashboardQueries.Replicated;
import vn.danvan.workflow.report.Period;
import vn.danvan.workflow.report.Report;

/**
 * The leaders' overview of one period for the units a reader may see: the periodic report itself (indicators, by
 * field, by unit, deadlines: the same object GET /api/reports/{period} answers with), and what the report does
 * not have. Every list is complete and in a fixed order: every status, every month, every rating, zero where none.
 */
record Dashboard(Period period, Report report, List<Count> byStatus, List<Count> registrationsPerMonth,
    List<Count> ratings, List<LevelCount> recognitionsByLevel, List<LevelCount> rewardsByLevelAndForm,
    long replications, List<Replicated> mostReplicated, List<Count> overdueByUnit, List<Count> overdueByStep,
    List<StepDuration> slowestSteps) {

  /** A step's completed tasks in the period and the working days they took: median and 90th percentile. */
  record StepDuration(String key, String name, long tasks, long median, long p90) {
  }
}
