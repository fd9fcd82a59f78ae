package vn.danvan.workflow.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;

/**
 * Keeps decision_tally (V100): the reports' decisions counted per unit, field, kind and Vietnam month, so a report
 * reads a few thousand tally rows instead of a year's decisions. A model's rows are worked out from all its
 * decisions ({@link #contributions}); a change to a model's decisions or unit applies the difference between its
 * rows before and after, in the same transaction, so the tally always equals what the decisions give.
 */
@Component
public class DecisionTally {

  /** The decisions the reports count (JdbcReportData): a registration counts when approved at the review step. */
  public static final String APPROVE = "APPROVE";
  public static final String REGISTRATION_STEP = "Task_ReviewRegistration";
  public static final String RECOGNISE = "RECOGNISE";
  public static final String OUTSTANDING = "SELECT_OUTSTANDING";
  public static final String REPLICATE = "REPLICATE";
  public static final String REWARD = "REWARD";
  private static final Set<String> MEASURES = Set.of(APPROVE, RECOGNISE, OUTSTANDING, REPLICATE, REWARD);

  private static final String DECISIONS = """
      select d.model_id, d.id, d.decision, d.step, d.decided_at, m.unit_id, m.field, m.kind
      from model_decision d join mobilization_model m on m.id = d.model_id
      where d.decision in ('APPROVE', 'RECOGNISE', 'SELECT_OUTSTANDING', 'REPLICATE', 'REWARD')""";
  private static final String MODEL = """
      select m.unit_id, m.field, m.kind,
        case when exists (select 1 from model_unit_history h where h.model_id = m.id) then 1 else 0 end
      from mobilization_model m where m.id = :id""";
  private static final String ORDER = " order by d.model_id, d.decided_at, d.id";
  private static final String HISTORY = "select h.model_id, h.unit_id, h.valid_from, h.valid_until"
      + " from model_unit_history h";

  /** One tally row's key; previousMonth null for a model's first such decision at that unit. */
  public record Key(String measure, String unitId, String field, String kind, LocalDate month,
      LocalDate previousMonth) {
  }

  /** A decision of one model, with the model's current unit, field and kind. */
  record Decision(long modelId, long id, String decision, String step, Instant at, String unitId, String field,
      String kind) {
  }

  /** A model's unit, field and kind now, and whether it ever belonged to another unit. */
  private record ModelNow(String unitId, String field, String kind, boolean moved) {
  }

  /** A unit the model belonged to before, until a time (model_unit_history). */
  record Former(long modelId, String unitId, Instant from, Instant until) {
  }

  private final NamedParameterJdbcTemplate jdbc;

  DecisionTally(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether a decision of this code at this step counts in the reports. */
  public static boolean counted(String decision, String step) {
    return MEASURES.contains(decision) && (!APPROVE.equals(decision) || REGISTRATION_STEP.equals(step));
  }

  /**
   * Runs {@code change} (which writes these models' decisions or moves them) and brings their tally rows along:
   * their rows are worked out before and after, the difference is written.
   */
  public <T> T around(Collection<Long> modelIds, Supplier<T> change) {
    if (modelIds.isEmpty()) {
      return change.get();
    }
    Map<Key, Long> before = of(modelIds);
    T result = change.get();
    write(before, of(modelIds));
    return result;
  }

  /**
   * A new counted decision of one model, written by {@code persist} (which gives its id): as {@link #around}, but the
   * rows after are worked out from the decisions read before with the new one put in its place by time, so the
   * model's decisions are read once, after the model (its unit, field and kind, and whether it ever moved), and its
   * former units only if it moved (issue 19: 3–4 reads per decision became 2).
   */
  void added(long modelId, String decision, String step, Instant at, LongSupplier persist) {
    List<ModelNow> found = jdbc.query(MODEL, Map.of("id", modelId),
        (rs, i) -> new ModelNow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) > 0));
    if (found.isEmpty()) { // no such model: nothing of it is tallied, as around would find
      persist.getAsLong();
      return;
    }
    ModelNow model = found.get(0);
    List<Decision> before = jdbc.query(DECISIONS + " and d.model_id = :id" + ORDER, Map.of("id", modelId),
        (rs, i) -> decision(rs));
    List<Former> history = model.moved() ? jdbc.query(HISTORY + " where h.model_id = :id", Map.of("id", modelId),
        (rs, i) -> former(rs)) : List.of();
    List<Decision> after = new ArrayList<>(before);
    after.add(new Decision(modelId, persist.getAsLong(), decision, step, at, model.unitId(), model.field(),
        model.kind()));
    after.sort(Comparator.comparing(Decision::at).thenComparingLong(Decision::id));
    Map<Key, Long> rowsBefore = new HashMap<>();
    contributions(before, history, rowsBefore);
    Map<Key, Long> rowsAfter = new HashMap<>();
    contributions(after, history, rowsAfter);
    write(rowsBefore, rowsAfter);
  }

  private void write(Map<Key, Long> before, Map<Key, Long> after) {
    Map<Key, Long> difference = new HashMap<>(after);
    before.forEach((key, count) -> difference.merge(key, -count, Long::sum));
    // in a fixed order, so two transactions never lock the same rows in opposite orders
    difference.entrySet().stream().filter(row -> row.getValue() != 0)
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::toString)))
        .forEach(row -> add(row.getKey(), row.getValue()));
  }

  private Map<Key, Long> of(Collection<Long> modelIds) {
    MapSqlParameterSource ids = new MapSqlParameterSource("ids", modelIds);
    List<Decision> decisions = jdbc.query(DECISIONS + " and d.model_id in (:ids)" + ORDER, ids,
        (rs, i) -> decision(rs));
    Map<Long, List<Former>> history = new HashMap<>();
    if (!decisions.isEmpty()) {
      jdbc.query(HISTORY + " where h.model_id in (:ids)", ids,
          rs -> { history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(former(rs)); });
    }
    Map<Key, Long> rows = new HashMap<>();
    forEachModel(decisions, one -> contributions(one, history.getOrDefault(one.get(0).modelId(), List.of()), rows));
    return rows;
  }

  private void add(Key key, long delta) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("measure", key.measure())
        .addValue("unit", key.unitId()).addValue("field", key.field()).addValue("kind", key.kind())
        .addValue("month", key.month()).addValue("previous", key.previousMonth()).addValue("delta", delta);
    String where = "measure = :measure and unit_id = :unit and field = :field and kind = :kind"
        + " and decided_month = :month"
        + (key.previousMonth() == null ? " and previous_month is null" : " and previous_month = :previous");
    // only the first of the rows a race may have left for this key; the reports sum them all
    int updated = jdbc.update("update decision_tally set decisions = decisions + :delta where id = (select min(id)"
        + " from decision_tally where " + where + ")", params);
    if (updated == 0) {
      jdbc.update("insert into decision_tally (measure, unit_id, field, kind, decided_month, previous_month, decisions)"
          + " values (:measure, :unit, :field, :kind, :month, :previous, :delta)", params);
    }
  }

  /**
   * The tally rows of one model's decisions (all of them, in time order): each counted decision adds one to the
   * row of its measure, the unit the model had then, its month and the month of the model's previous decision of
   * that measure at that unit. A period's models are then its decisions whose previous one falls before it.
   */
  static void contributions(List<Decision> decisions, List<Former> history, Map<Key, Long> rows) {
    Map<String, LocalDate> previous = new HashMap<>();
    for (Decision d : decisions) {
      if (!counted(d.decision(), d.step())) {
        continue;
      }
      String unit = unitAt(d, history);
      LocalDate month = d.at().atZone(VietnamTime.ZONE).toLocalDate().withDayOfMonth(1);
      rows.merge(new Key(d.decision(), unit, d.field(), d.kind(), month, previous.get(d.decision() + "\n" + unit)),
          1L, Long::sum);
      previous.put(d.decision() + "\n" + unit, month);
    }
  }

  /** As the reports' query: the former unit whose time holds the decision, else the model's unit now. */
  private static String unitAt(Decision d, List<Former> history) {
    for (Former h : history) {
      if (d.at().isBefore(h.until()) && (h.from() == null || !h.from().isAfter(d.at()))) {
        return h.unitId();
      }
    }
    return d.unitId();
  }

  private static void forEachModel(List<Decision> ordered, java.util.function.Consumer<List<Decision>> model) {
    int start = 0;
    for (int i = 1; i <= ordered.size(); i++) {
      if (i == ordered.size() || ordered.get(i).modelId() != ordered.get(start).modelId()) {
        model.accept(ordered.subList(start, i));
        start = i;
      }
    }
  }

  /**
   * The whole tally worked out again from every decision (V101 and data loaded by SQL): the decisions streamed in
   * model order, one model's at a time in memory.
   */
  public static void rebuild(Connection connection) throws SQLException {
    Map<Long, List<Former>> history = new HashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(HISTORY)) {
      while (rs.next()) {
        history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(former(rs));
      }
    }
    Map<Key, Long> rows = new HashMap<>();
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(10_000); // PostgreSQL streams only with a fetch size (and outside autocommit)
      try (ResultSet rs = statement.executeQuery(DECISIONS + ORDER)) {
        List<Decision> model = new ArrayList<>();
        while (rs.next()) {
          Decision d = decision(rs);
          if (!model.isEmpty() && model.get(0).modelId() != d.modelId()) {
            contributions(model, history.getOrDefault(model.get(0).modelId(), List.of()), rows);
            model.clear();
          }
          model.add(d);
        }
        if (!model.isEmpty()) {
          contributions(model, history.getOrDefault(model.get(0).modelId(), List.of()), rows);
        }
      }
      statement.executeUpdate("delete from decision_tally");
    }
    try (PreparedStatement insert = connection.prepareStatement("insert into decision_tally (measure, unit_id,"
        + " field, kind, decided_month, previous_month, decisions) values (?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Key, Long> row : rows.entrySet()) {
        Key key = row.getKey();
        insert.setString(1, key.measure());
        insert.setString(2, key.unitId());
        insert.setString(3, key.field());
        insert.setString(4, key.kind());
        insert.setObject(5, key.month());
        insert.setObject(6, key.previousMonth(), java.sql.Types.DATE);
        insert.setLong(7, row.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static Decision decision(ResultSet rs) throws SQLException {
    return new Decision(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8));
  }

  private static Former former(ResultSet rs) throws SQLException {
    OffsetDateTime from = rs.getObject(3, OffsetDateTime.class);
    return new Former(rs.getLong(1), rs.getString(2), from == null ? null : from.toInstant(),
        rs.getObject(4, OffsetDateTime.class).toInstant());
  }
}
