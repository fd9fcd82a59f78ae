package vn.danvan.workflow.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.dashboard.Dashboard.StepDuration;
import vn.danvan.workflow.model.DecisionTally;
import vn.danvan.workflow.registration.RegistrationProcess;
import vn.danvan.workflow.report.Period;

/**
 * The dashboard's figures that the periodic report does not have, each one grouped SQL query over our tables,
 * the task read model or Camunda's task history (H2 and PostgreSQL alike), limited to the units the reader may
 * see. Days are Vietnam's: a period runs from its first day's midnight in Asia/Ho_Chi_Minh.
 */
@Component
class DashboardQueries {

  private static final String NOBODY = "\u0000"; // an IN list must not be empty

  private final NamedParameterJdbcTemplate jdbc;

  DashboardQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A key (a code or an id), what the page calls it, and how many. */
  record Count(String key, String label, long count) {
  }

  /** A level's recognitions or one reward form granted at a level. */
  record LevelCount(String level, String form, long count) {
  }

  /** A model adopted elsewhere in the period, by how many units. */
  record Replicated(long modelId, String modelName, String unitName, long places) {
  }

  /** Overdue open tasks of one unit at one step (of one name: a step renamed in a later version has two). */
  record Overdue(String unitId, String unitName, String step, String stepName, long count) {
  }

  /** Models of the year by status (the registry's current status). */
  List<Count> modelsByStatus(int year, Collection<String> units) {
    return jdbc.query("""
        select m.status, count(*) from mobilization_model m
        where m.model_year = :year and m.unit_id in (:units)
        group by m.status""", params(units).addValue("year", year),
        (rs, i) -> new Count(rs.getString(1), rs.getString(1), rs.getLong(2)));
  }

  /**
   * Registrations approved in each month of the period (key 1 = the period's first month), counted as the report
   * counts them: distinct models whose verification was approved then.
   */
  List<Count> registrationsPerMonth(Period period, Collection<String> units) {
    if (period.from().getDayOfMonth() == 1 && period.to().plusDays(1).getDayOfMonth() == 1) {
      return tallied(period, units);
    }
    MapSqlParameterSource params = period(params(units), period)
        .addValue("decision", RegistrationProcess.Decisions.APPROVE)
        .addValue("step", RegistrationProcess.REVIEW_TASK);
    StringBuilder month = new StringBuilder("case");
    LocalDate start = period.from().withDayOfMonth(1);
    int months = 0;
    for (LocalDate first = start; !first.isAfter(period.to()); first = first.plusMonths(1)) {
      months++;
      params.addValue("m" + months, at(first.plusMonths(1)));
      month.append(" when d.decided_at < :m").append(months).append(" then ").append(months);
    }
    month.append(" end");
    return jdbc.query("select x.month_index, count(distinct x.model_id) from (select " + month
        + " as month_index, m.id as model_id from mobilization_model m join model_decision d on d.model_id = m.id"
        + " where d.decision = :decision and d.step = :step and d.decided_at >= :from and d.decided_at < :until"
        + " and m.unit_id in (:units)) x group by x.month_index", params,
        (rs, i) -> new Count(rs.getString(1), rs.getString(1), rs.getLong(2)));
  }

  /**
   * The same from decision_tally (V100) for whole months, a few rows per unit and month: a month's models are its
   * approvals whose model's previous approval (at the same unit) came in an earlier month. A decision counts for
   * the unit the model had then, as in the report.
   */
  private List<Count> tallied(Period period, Collection<String> units) {
    LocalDate first = period.from();
    return jdbc.query("""
        select decided_month, sum(decisions) from decision_tally
        where measure = :measure and decided_month >= :from and decided_month <= :to
          and (previous_month is null or previous_month < decided_month) and unit_id in (:units)
        group by decided_month
        having sum(decisions) > 0""", params(units).addValue("measure", DecisionTally.APPROVE)
        .addValue("from", first).addValue("to", period.to()),
        (rs, i) -> {
          LocalDate month = rs.getObject(1, LocalDate.class);
          String key = String.valueOf((month.getYear() - first.getYear()) * 12 + month.getMonthValue()
              - first.getMonthValue() + 1);
          return new Count(key, key, rs.getLong(2));
        });
  }

  /** Ratings given in the period (the rating follows the reviewer's adjustment in one transaction). */
  List<Count> ratings(Period period, Collection<String> units) {
    return jdbc.query("""
        select e.rating, count(*) from evaluation e join mobilization_model m on m.id = e.model_id
        where e.rating is not null and e.reviewed_at >= :from and e.reviewed_at < :until and m.unit_id in (:units)
        group by e.rating""", period(params(units), period),
        (rs, i) -> new Count(rs.getString(1), rs.getString(1), rs.getLong(2)));
  }

  /** Models recognised by decisions taken in the period, by the level of the deciding body. */
  List<LevelCount> recognitionsByLevel(Period period, Collection<String> units) {
    return jdbc.query("""
        select r.level_name, count(distinct c.model_id)
        from recognition_candidate c join recognition_round r on r.id = c.round_id
          join mobilization_model m on m.id = c.model_id
        where c.status = 'RECOGNISED' and r.decided_at >= :from and r.decided_at < :until and m.unit_id in (:units)
        group by r.level_name order by r.level_name""", period(params(units), period),
        (rs, i) -> new LevelCount(rs.getString(1), null, rs.getLong(2)));
  }

  /** Rewards granted in the period, by the granting level and the form (Giấy khen, Bằng khen...). */
  List<LevelCount> rewardsByLevelAndForm(Period period, Collection<String> units) {
    return jdbc.query("""
        select p.authority_level, p.reward_form_name, count(*)
        from reward_proposal p join mobilization_model m on m.id = p.model_id
        where p.status = 'GRANTED' and p.decided_at >= :from and p.decided_at < :until and m.unit_id in (:units)
        group by p.authority_level, p.reward_form_name
        order by p.authority_level, p.reward_form_name""", period(params(units), period),
        (rs, i) -> new LevelCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
  }

  /** The models adopted by most units in the period (replications recorded then), at most {@code limit}. */
  List<Replicated> mostReplicated(Period period, Collection<String> units, int limit) {
    return jdbc.query("""
        select m.id, m.name, u.name, count(*)
        from replication r join mobilization_model m on m.id = r.model_id join unit u on u.id = m.unit_id
        where r.recorded_at >= :from and r.recorded_at < :until and m.unit_id in (:units)
        group by m.id, m.name, u.name
        order by count(*) desc, m.id
        limit :limit""", period(params(units), period).addValue("limit", limit),
        (rs, i) -> new Replicated(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
  }

  /** Replications recorded in the period (places that adopted a model of these units). */
  long replications(Period period, Collection<String> units) {
    return jdbc.queryForObject("""
        select count(*) from replication r join mobilization_model m on m.id = r.model_id
        where r.recorded_at >= :from and r.recorded_at < :until and m.unit_id in (:units)""",
        period(params(units), period), Long.class);
  }

  /**
   * Open tasks past their due date now, by the unit they are about and their step (process and task definition,
   * named as the diagram names it): one grouped query over the task lists' read model, which the dashboard sums by
   * unit and by step. It reads task_view_overdue_idx alone (V103): with a million open tasks, reading the rows took
   * 2.6 s, the index 0.11 s (issue 19); the units' names join the few hundred groups, not the tasks.
   */
  List<Overdue> overdue(Instant now, Collection<String> units, boolean everyUnit) {
    return jdbc.query("""
        select o.unit_id, u.name, o.process_key, o.task_definition_key, o.name, o.tasks
        from (select t.unit_id, t.process_key, t.task_definition_key, t.name, count(*) as tasks from task_view t
              where t.due_at < :now""" + (everyUnit ? "" : " and t.unit_id in (:units)") + """

              group by t.unit_id, t.process_key, t.task_definition_key, t.name) o
          join unit u on u.id = o.unit_id""",
        params(units).addValue("now", Timestamp.from(now)),
        (rs, i) -> new Overdue(rs.getString(1), rs.getString(2), rs.getString(3) + "/" + rs.getString(4),
            rs.getString(5), rs.getLong(6)));
  }

  /**
   * Per step, the working days its tasks completed in the period took ({@code finished_step}, written as each task
   * completes): median and 90th percentile by nearest rank (as SQL's {@code percentile_disc}: a median of 2 and 4 is
   * 2, a day someone really took), slowest first by the 90th percentile, then the median; at most {@code limit}
   * steps. The steps of these units' tasks, or of all for an administrator. SQL counts the tasks per step and number
   * of days from finished_step_completed_idx alone (V103), a few dozen rows per step; {@link StepDays} takes the
   * percentiles from those counts (sorting every task of a year for them took 0.47 s at a million, issue 19).
   */
  List<StepDuration> slowestSteps(Period period, Collection<String> units, boolean everything, boolean everyUnit,
      int limit) {
    Map<String, StepDays> steps = new LinkedHashMap<>();
    String scope = everything ? "" : everyUnit ? " and f.unit_id is not null" : " and f.unit_id in (:units)";
    jdbc.query("""
        select f.process_key, f.step, f.step_name, f.working_days, count(*)
        from finished_step f
        where f.completed_at >= :from and f.completed_at < :until""" + scope
        + """

        group by f.process_key, f.step, f.step_name, f.working_days""", period(params(units), period),
        rs -> {
          String key = rs.getString(1) + "/" + rs.getString(2);
          steps.computeIfAbsent(key, StepDays::new)
              .add(rs.getString(3), rs.getLong(4), rs.getLong(5));
        });
    return StepDays.slowest(steps.values(), limit);
  }

  /**
   * Whether these are all the units there are (units are never deleted): a province's board or an administrator.
   * Their overdue tasks and steps are then read without the list of ids, a fifth quicker at a million (issue 19).
   */
  boolean everyUnit(Collection<String> units) {
    return jdbc.queryForObject("select count(*) from unit where id not in (:units)", params(units), Long.class) == 0;
  }

  private static MapSqlParameterSource params(Collection<String> units) {
    return new MapSqlParameterSource("units", units.isEmpty() ? List.of(NOBODY) : new ArrayList<>(units));
  }

  private static MapSqlParameterSource period(MapSqlParameterSource params, Period period) {
    return params.addValue("from", at(period.from())).addValue("until", at(period.to().plusDays(1)));
  }

  private static OffsetDateTime at(LocalDate day) {
    return day.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
  }
}
