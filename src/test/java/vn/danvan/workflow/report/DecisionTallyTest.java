package vn.danvan.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.model.DecisionTally;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.registration.RegistrationProcess;
import vn.danvan.workflow.report.ReportData.ModelCount;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Issue 19: the reports of whole months read decision_tally; on varied decisions (repeated in a month, across
 * months and years, recorded out of order, at 23:30 on 31/12, at another step, a model moved with a decision dated
 * after the move) every indicator of every year, quarter and month equals the count over the decisions themselves
 * (the query the reports used before), and rebuilding the tally as V101 does gives the same rows.
 */
class DecisionTallyTest extends ServiceOnH2 {

  private static final String DISTRICT = "tally-huyen";
  private static final String A = "tally-xa-a";
  private static final String B = "tally-xa-b";
  private static final String C = "tally-xa-c";
  private static final Set<String> UNITS = Set.of(DISTRICT, A, B, C);

  @Autowired
  JdbcReportData data;
  @Autowired
  DecisionTally tally;
  @Autowired
  UnitRepository units;
  @Autowired
  ModelRepository models;
  @Autowired
  ModelDecisionRepository decisions;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  DataSource dataSource;

  @Test
  void wholeMonthsFromTheTallyEqualTheCountOverTheDecisions() {
    assertThat(DecisionTally.REGISTRATION_STEP).isEqualTo(RegistrationProcess.REVIEW_TASK);
    assertThat(DecisionTally.APPROVE).isEqualTo(RegistrationProcess.Decisions.APPROVE);
    units.save(new Unit(DISTRICT, "Huyện thử tổng hợp", UnitKind.DISTRICT, null));
    units.save(new Unit(A, "Xã thử A", UnitKind.COMMUNE, DISTRICT));
    units.save(new Unit(B, "Xã thử B", UnitKind.COMMUNE, DISTRICT));
    units.save(new Unit(C, "Xã thử C", UnitKind.COMMUNE, DISTRICT));

    long a1 = model(A, ModelKind.MODEL, Field.ECONOMY);
    approve(a1, "2025-12-31T23:30"); // the last half hour of 2025 in Vietnam
    decide(a1, "RECOGNISE", "2026-01-05T09:00");
    decide(a1, "RECOGNISE", "2026-01-20T09:00"); // twice in a month: once
    decide(a1, "RECOGNISE", "2026-04-02T09:00"); // again next quarter: once a quarter, once in the year
    decide(a1, "RECOGNISE", "2025-03-01T00:10"); // recorded out of order, a year before
    long a2 = model(A, ModelKind.EXEMPLAR, Field.CULTURE_SOCIETY);
    approve(a2, "2026-01-01T00:30"); // 31/12 17:30 UTC: January in Vietnam
    decide(a2, "REWARD", "2026-02-10T09:00");
    decide(a2, "REWARD", "2027-02-10T09:00");
    decisions.save(new ModelDecision(a2, "Task_Other", "Bước khác", "APPROVE", null, "fixture", at("2026-03-03T09:00")));
    long b1 = model(B, ModelKind.MODEL, Field.DEFENCE_SECURITY);
    approve(b1, "2026-05-05T09:00");
    decide(b1, "SELECT_OUTSTANDING", "2026-06-30T23:59");
    decisions.saveAll(List.of(decision(b1, "REPLICATE", "2026-07-01T00:00"), // saveAll is tallied as save
        decision(b1, "REPLICATE", "2026-07-01T08:00")));
    long b2 = model(B, ModelKind.MODEL, Field.ECONOMY);
    approve(b2, "2026-02-14T09:00");
    decide(b2, "RECOGNISE", "2026-03-01T09:00");
    decide(b2, "RECOGNISE", "2026-10-01T09:00");
    // B merges into C on 2026-06-01: decisions before count for B, after for C (one dated after, recorded before)
    decide(b2, "RECOGNISE", "2026-12-01T09:00");
    Instant move = at("2026-06-01T00:00");
    transaction.executeWithoutResult(status -> tally.around(List.of(b1, b2), () -> {
      jdbc.update("insert into model_unit_history (model_id, unit_id, valid_from, valid_until) select id, unit_id,"
          + " null, ? from mobilization_model where id in (?, ?)", java.sql.Timestamp.from(move), b1, b2);
      return jdbc.update("update mobilization_model set unit_id = ? where id in (?, ?)", C, b1, b2);
    }));
    decide(b2, "RECOGNISE", "2026-11-01T09:00"); // at C, before C's December one
    long c1 = model(C, ModelKind.EXEMPLAR, Field.POLITICAL_SYSTEM);
    approve(c1, "2026-08-08T09:00");
    approve(c1, "2026-08-09T09:00"); // approved twice (a fixture's oddity): one model

    List<Period> periods = new ArrayList<>();
    for (int year = 2025; year <= 2027; year++) {
      periods.add(Period.year(year));
      for (int quarter = 1; quarter <= 4; quarter++) {
        periods.add(Period.quarter(year, quarter));
      }
      for (int month = 1; month <= 12; month++) {
        LocalDate first = LocalDate.of(year, month, 1);
        periods.add(Period.range(first, first.plusMonths(1).minusDays(1)));
      }
    }
    periods.add(Period.range(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)));
    for (Period period : periods) {
      assertThat(sorted(data.registered(period, UNITS))).as("registered %s", period.code())
          .isEqualTo(sorted(data.fromDecisions(period, UNITS, "APPROVE", "Task_ReviewRegistration")));
      for (String decision : List.of("RECOGNISE", "SELECT_OUTSTANDING", "REPLICATE", "REWARD")) {
        List<ModelCount> tallied = switch (decision) {
          case "RECOGNISE" -> data.recognised(period, UNITS);
          case "SELECT_OUTSTANDING" -> data.outstanding(period, UNITS);
          case "REPLICATE" -> data.replicated(period, UNITS);
          default -> data.rewarded(period, UNITS);
        };
        assertThat(sorted(tallied)).as("%s %s", decision, period.code())
            .isEqualTo(sorted(data.fromDecisions(period, UNITS, decision, null)));
      }
    }
    // the figures themselves, so that two empty answers could not pass
    assertThat(sorted(data.recognised(Period.year(2026), UNITS))).containsExactly(
        new ModelCount(A, Field.ECONOMY, ModelKind.MODEL, 1), new ModelCount(B, Field.ECONOMY, ModelKind.MODEL, 1),
        new ModelCount(C, Field.ECONOMY, ModelKind.MODEL, 1));
    assertThat(sorted(data.registered(Period.year(2026), UNITS))).containsExactly(
        new ModelCount(A, Field.CULTURE_SOCIETY, ModelKind.EXEMPLAR, 1),
        new ModelCount(B, Field.ECONOMY, ModelKind.MODEL, 1),
        new ModelCount(B, Field.DEFENCE_SECURITY, ModelKind.MODEL, 1),
        new ModelCount(C, Field.POLITICAL_SYSTEM, ModelKind.EXEMPLAR, 1));

    Map<String, Long> kept = rows();
    transaction.executeWithoutResult(status -> {
      try {
        DecisionTally.rebuild(DataSourceUtils.getConnection(dataSource));
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(rows()).isEqualTo(kept).isNotEmpty();
  }

  /** Our units' tally summed by key (a race may leave two rows of one key; a rebuild leaves one). */
  private Map<String, Long> rows() {
    Map<String, Long> rows = new TreeMap<>();
    jdbc.query("select measure, unit_id, field, kind, decided_month, previous_month, decisions from decision_tally"
        + " where unit_id like 'tally-%'", rs -> {
          rows.merge(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
              + rs.getObject(5, LocalDate.class) + " " + rs.getObject(6, LocalDate.class), rs.getLong(7), Long::sum);
        });
    rows.values().removeIf(count -> count == 0);
    return rows;
  }

  private static List<ModelCount> sorted(List<ModelCount> counts) {
    return counts.stream().sorted(Comparator.comparing(ModelCount::unitId).thenComparing(ModelCount::field)
        .thenComparing(ModelCount::kind)).toList();
  }

  private long model(String unitId, ModelKind kind, Field field) {
    MobilizationModel model = new MobilizationModel(kind, unitId, field, 2026, "fixture");
    model.describe(new RegistrationDossier("Mô hình tổng hợp", "Thực trạng", "Mục tiêu", "Nội dung", "Phạm vi",
        "Lực lượng", null, "Lộ trình", "Kết quả", null));
    model.markRegistered();
    return models.save(model).getId();
  }

  private void approve(long modelId, String localTime) {
    decisions.save(new ModelDecision(modelId, "Task_ReviewRegistration", "Thẩm định hồ sơ đăng ký", "APPROVE", null,
        "fixture", at(localTime)));
  }

  private void decide(long modelId, String decision, String localTime) {
    decisions.save(decision(modelId, decision, localTime));
  }

  private static ModelDecision decision(long modelId, String decision, String localTime) {
    return new ModelDecision(modelId, "fixture", decision, decision, null, "fixture", at(localTime));
  }

  private static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(VietnamTime.ZONE).toInstant();
  }
}
