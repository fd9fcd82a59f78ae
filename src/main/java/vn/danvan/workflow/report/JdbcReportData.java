package vn.danvan.workflow.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.model.DecisionTally;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.registration.RegistrationProcess;

/**
 * The indicators in plain SQL over our tables (H2 and PostgreSQL alike). A model counts in a period when the
 * decision that made it so was taken in that period (days in Vietnam's time zone): the registry keeps only a
 * model's current status, the decision history keeps when each step happened.
 */
@Component
class JdbcReportData implements ReportData {

  /**
   * Decision codes the lifecycle delegates write into model_decision (RecordRecognitionDecisionDelegate,
   * SelectOutstandingModelsDelegate, RecordReplicationDelegate, RecordRewardDecisionDelegate); the indicators
   * count them, so a figure is always backed by a recorded decision.
   */
  static final String RECOGNISED = DecisionTally.RECOGNISE;
  static final String OUTSTANDING = DecisionTally.OUTSTANDING;
  static final String REPLICATED = DecisionTally.REPLICATE;
  static final String REWARDED = DecisionTally.REWARD;

  private final NamedParameterJdbcTemplate jdbc;

  JdbcReportData(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ModelCount> registered(Period period, Collection<String> unitIds) {
    return countDecisions(period, unitIds, RegistrationProcess.Decisions.APPROVE, RegistrationProcess.REVIEW_TASK);
  }

  @Override
  public List<ModelCount> recognised(Period period, Collection<String> unitIds) {
    return countDecisions(period, unitIds, RECOGNISED, null);
  }

  @Override
  public List<ModelCount> outstanding(Period period, Collection<String> unitIds) {
    return countDecisions(period, unitIds, OUTSTANDING, null);
  }

  @Override
  public List<ModelCount> replicated(Period period, Collection<String> unitIds) {
    return countDecisions(period, unitIds, REPLICATED, null);
  }

  @Override
  public List<ModelCount> rewarded(Period period, Collection<String> unitIds) {
    return countDecisions(period, unitIds, REWARDED, null);
  }

  @Override
  public List<Obligation> obligations(Period period, Collection<String> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("from", period.from()).addValue("to", period.to()).addValue("units", unitIds);
    List<Obligation> found = new ArrayList<>(jdbc.query("""
        select a.directive_id, d.title, a.unit_id, d.plan_due, a.plan_submitted_at
        from directive_assignment a join directive d on d.id = a.directive_id
        where d.plan_due between :from and :to and a.unit_id in (:units)
        order by d.plan_due, a.unit_id""", params, (rs, i) -> new Obligation(rs.getLong(1), rs.getString(2),
        rs.getString(3), null, rs.getObject(4, LocalDate.class), instant(rs.getObject(5, OffsetDateTime.class)))));
    found.addAll(jdbc.query("""
        select r.directive_id, d.title, r.unit_id, r.period, r.due_on, r.submitted_at
        from unit_report r join directive d on d.id = r.directive_id
        where r.due_on between :from and :to and r.unit_id in (:units)
        order by r.due_on, r.unit_id""", params, (rs, i) -> new Obligation(rs.getLong(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
        instant(rs.getObject(6, OffsetDateTime.class)))));
    return found;
  }

  private List<ModelCount> countDecisions(Period period, Collection<String> unitIds, String decision, String step) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    if (period.from().getDayOfMonth() == 1 && period.to().plusDays(1).getDayOfMonth() == 1) {
      return tallied(period, unitIds, decision);
    }
    return fromDecisions(period, unitIds, decision, step);
  }

  /** Counted from the decisions themselves: periods not of whole months, and the tally's reference in tests. */
  List<ModelCount> fromDecisions(Period period, Collection<String> unitIds, String decision, String step) {
    MapSqlParameterSource params = new MapSqlParameterSource(Map.of(
        "decision", decision,
        "from", period.from().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
        "until", period.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
        "units", unitIds));
    params.addValue("step", step);
    // A decision counts for the unit the model belonged to when it was taken (model_unit_history, V93: the 2025
    // reform moved models of merged communes), so a period before a move keeps the old unit's figures. Each model
    // once per unit, however many such decisions it has. Models that never moved (nearly all) take issue 15's
    // semi-join on the unit's covering index; only moved models pay for the join that looks up their old unit.
    // "not in" (model_id is never null) is one hashed look-up per model; PostgreSQL planned "not exists" against the
    // small history table as a nested loop, 40 ms more on 100,000 models (EXPLAIN ANALYZE, docs/performance.md).
    String decided = "d.decision = :decision and d.decided_at >= :from and d.decided_at < :until"
        + (step == null ? "" : " and d.step = :step");
    return jdbc.query("""
        select unit_id, field, kind, sum(models) from (
          select m.unit_id, m.field, m.kind, count(*) models
          from mobilization_model m
          where m.unit_id in (:units)
            and m.id not in (select h.model_id from model_unit_history h)
            and exists (select 1 from model_decision d where d.model_id = m.id and %1$s)
          group by m.unit_id, m.field, m.kind
          union all
          select o.unit_id, o.field, o.kind, count(distinct o.model_id) models
          from (
            select m.id model_id, m.field, m.kind, coalesce((select h.unit_id from model_unit_history h
                where h.model_id = m.id and d.decided_at < h.valid_until
                  and (h.valid_from is null or h.valid_from <= d.decided_at)), m.unit_id) unit_id
            from mobilization_model m join model_decision d on d.model_id = m.id
            where m.id in (select h.model_id from model_unit_history h) and %1$s
          ) o
          where o.unit_id in (:units)
          group by o.unit_id, o.field, o.kind
        ) counted
        group by unit_id, field, kind""".formatted(decided), params, (rs, i) -> new ModelCount(rs.getString(1),
        Field.valueOf(rs.getString(2)), ModelKind.valueOf(rs.getString(3)), rs.getLong(4)));
  }

  /**
   * A period of whole months (years, quarters) from decision_tally (V100, kept by DecisionTally as decisions are
   * recorded): the same figures as {@link #countDecisions}' query over the decisions, from a few rows per unit and
   * month instead of every decision of the period. A model counts once: the decisions of the period whose model's
   * previous one (at the same unit) is not in it.
   */
  private List<ModelCount> tallied(Period period, Collection<String> unitIds, String decision) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("measure", decision)
        .addValue("from", period.from()).addValue("to", period.to()).addValue("units", unitIds);
    return jdbc.query("""
        select unit_id, field, kind, sum(decisions) from decision_tally
        where measure = :measure and decided_month >= :from and decided_month <= :to
          and (previous_month is null or previous_month < :from) and unit_id in (:units)
        group by unit_id, field, kind
        having sum(decisions) > 0""", params, (rs, i) -> new ModelCount(rs.getString(1),
        Field.valueOf(rs.getString(2)), ModelKind.valueOf(rs.getString(3)), rs.getLong(4)));
  }

  private static java.time.Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
