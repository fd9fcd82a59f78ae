package vn.danvan.workflow.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.SearchText;

/**
 * "Danh sách mô hình": the models a person may see (an administrator all, anyone else the units
 * {@link UnitDirectory#visibleUnitIds} gives them), filtered, searched, sorted and paged in two queries (the page and
 * its total). The one search behind GET /api/models, the page /mo-hinh and both Excel exports.
 */
@Component
class ModelSearch {

  /** Words of the search text that count; more are ignored. */
  static final int MAX_WORDS = 5;
  /** Rows of an Excel export at most; the sheet says so when there were more. */
  static final int EXPORT_LIMIT = 10_000;

  /** What a list may be sorted by; {@code created} is the registration order. */
  enum SortKey { name, unit, field, year, status, updated, created }

  /** "name" (ascending), "name,desc"; ties go by registration, newest first. */
  record Order(SortKey key, boolean descending) {

    static final Order NEWEST = new Order(SortKey.created, true);

    /** @throws IllegalArgumentException for anything but key[,asc|desc] with a known key */
    static Order parse(String text) {
      if (text == null || text.isBlank()) {
        return NEWEST;
      }
      String[] parts = text.strip().split(",", -1);
      if (parts.length > 2 || parts.length == 2 && !parts[1].matches("(?i)asc|desc")) {
        throw new IllegalArgumentException(text);
      }
      return new Order(SortKey.valueOf(parts[0].strip()), parts.length == 2 && parts[1].equalsIgnoreCase("desc"));
    }

    /** The parameter's value: "name" or "name,desc". */
    String param() {
      return key + (descending ? ",desc" : "");
    }

    /** This key's order after a click on its column: the other way round if already sorted by it. */
    Order toggled(SortKey clicked) {
      if (clicked == key) {
        return new Order(key, !descending);
      }
      // newest first is what one wants to see of dates and years; names and labels from A
      return new Order(clicked, clicked == SortKey.updated || clicked == SortKey.created || clicked == SortKey.year);
    }
  }

  /** A search: every filter may be null (all); q is what the person typed; page counts from 0. */
  record Criteria(String unitId, Field field, Integer year, ModelStatus status, String q, Order sort, int page,
      int size) {

    Criteria {
      unitId = unitId == null || unitId.isBlank() ? null : unitId.strip();
      q = q == null || q.isBlank() ? null : q.strip();
      sort = sort == null ? Order.NEWEST : sort;
      page = Math.max(0, page);
    }

    Criteria withPage(int page, int size) {
      return new Criteria(unitId, field, year, status, q, sort, page, size);
    }
  }

  /** A model as a list shows it. */
  record Line(long id, String name, ModelKind kind, String unitId, String unitName, Field field, int year,
      ModelStatus status, Instant createdAt, Instant updatedAt) {
  }

  /**
   * One page of lines and how many there are in all; when {@code more}, there are more than {@code total} (the count
   * stopped there), so there is a page after this one and the page shows "hơn".
   */
  record Found(List<Line> lines, long total, int page, int size, boolean more) {

    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Whether a next page exists: always when the count stopped past this page. */
    public boolean hasNext() {
      return more || page + 1 < pages();
    }
  }

  /**
   * The list counts its models up to this many, or up to the end of the page asked if further: the count of a
   * district's million models read a million index entries (docs/performance.md, issue 19); past it the page says
   * "hơn 10.000" and still offers the next page.
   */
  static final int COUNT_LIMIT = 10_000;

  private static final String NOBODY = "\u0000"; // an IN list must not be empty

  private final NamedParameterJdbcTemplate jdbc;
  private final UnitDirectory directory;

  ModelSearch(NamedParameterJdbcTemplate jdbc, UnitDirectory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  private volatile int countLimit = COUNT_LIMIT;

  /** Tests lower the limit to see the list past it without 10,000 models; returns the limit before. */
  int countLimit(int limit) {
    int before = countLimit;
    countLimit = limit;
    return before;
  }

  Found find(Caller caller, Criteria criteria) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(caller, criteria, params);
    long enough = Math.max(countLimit, (long) (criteria.page() + 1) * criteria.size());
    long counted = jdbc.queryForObject("select count(*) from (select 1 from mobilization_model m where " + where
        + " limit :enough) x", params.addValue("enough", enough + 1), Long.class);
    boolean more = counted > enough;
    long total = more ? enough : counted;
    params.addValue("limit", criteria.size()).addValue("offset", (long) criteria.page() * criteria.size());
    List<Line> lines = total == 0 ? List.of() : jdbc.query("""
        select m.id, m.name, m.kind, m.unit_id, u.name as unit_name, m.field, m.model_year, m.status,
               m.created_at, m.updated_at
        from mobilization_model m join unit u on u.id = m.unit_id
        where %s order by %s limit :limit offset :offset""".formatted(where, orderBy(criteria.sort())),
        params, ModelSearch::line);
    return new Found(lines, total, criteria.page(), criteria.size(), more);
  }

  /** The whole list for an export: the first {@link #EXPORT_LIMIT} lines in the list's order. */
  Found export(Caller caller, Criteria criteria) {
    return find(caller, criteria.withPage(0, EXPORT_LIMIT));
  }

  /**
   * The years the caller's models were registered in, newest first (the page's "Năm" choices). A loose scan: each
   * year is one step down model_year_idx (V102) and, for all but an administrator, one look in the visible units'
   * part of model_unit_year_idx; "select distinct" read every model's year (225 ms at a million, issue 19).
   */
  List<Integer> years(Caller caller) {
    List<Integer> years = new ArrayList<>();
    MapSqlParameterSource params = new MapSqlParameterSource();
    String visible = visibility(caller, params);
    for (Integer year = nextYearBelow(Integer.MAX_VALUE); year != null; year = nextYearBelow(year)) {
      if (caller.isAdmin() || jdbc.queryForList("select 1 from mobilization_model m where m.model_year = :year and "
          + visible + " fetch first 1 rows only", params.addValue("year", year), Integer.class).size() == 1) {
        years.add(year);
      }
    }
    return years;
  }

  private Integer nextYearBelow(int year) {
    List<Integer> next = jdbc.queryForList("select m.model_year from mobilization_model m where m.model_year < :year"
        + " order by m.model_year desc fetch first 1 rows only", Map.of("year", year), Integer.class);
    return next.isEmpty() ? null : next.get(0);
  }

  private String where(Caller caller, Criteria criteria, MapSqlParameterSource params) {
    List<String> and = new ArrayList<>();
    and.add(visibility(caller, params));
    if (criteria.unitId() != null) {
      and.add("m.unit_id = :unitId");
      params.addValue("unitId", criteria.unitId());
    }
    if (criteria.field() != null) {
      and.add("m.field = :field");
      params.addValue("field", criteria.field().name());
    }
    if (criteria.year() != null) {
      and.add("m.model_year = :year");
      params.addValue("year", criteria.year());
    }
    if (criteria.status() != null) {
      and.add("m.status = :status");
      params.addValue("status", criteria.status().name());
    }
    List<String> words = SearchText.words(criteria.q(), MAX_WORDS);
    for (int i = 0; i < words.size(); i++) {
      // every word in the model's name or its unit's (a unit written into the table by hand has no search_text);
      // the units' part is one small subquery, so the count needs no join
      and.add(("(m.search_text like :w%1$d escape '!' or m.unit_id in (select x.id from unit x"
          + " where coalesce(x.search_text, lower(x.name)) like :w%1$d escape '!'))").formatted(i));
      params.addValue("w" + i, "%" + words.get(i).replaceAll("[!%_]", "!$0") + "%");
    }
    return String.join(" and ", and);
  }

  private String visibility(Caller caller, MapSqlParameterSource params) {
    if (caller.isAdmin()) {
      return "1 = 1";
    }
    Set<String> visible = directory.visibleUnitIds(caller.groups());
    params.addValue("visible", visible.isEmpty() ? List.of(NOBODY) : visible);
    return "m.unit_id in (:visible)";
  }

  private static String orderBy(Order order) {
    String direction = order.descending() ? " desc" : " asc";
    String first = switch (order.key()) {
      case name -> "m.search_text" + direction + ", m.name" + direction;
      case unit -> "u.name" + direction;
      case field -> rank("m.field", Field.values()) + direction;
      case year -> "m.model_year" + direction;
      case status -> rank("m.status", ModelStatus.values()) + direction;
      case updated -> "m.updated_at" + direction;
      case created -> null;
    };
    return (first == null ? "" : first + ", ") + "m.id" + direction;
  }

  /** An enum column in the enum's own order (the movement's order of fields, a model's life), not by its code. */
  private static String rank(String column, Enum<?>[] values) {
    return Arrays.stream(values).map(v -> "when '" + v.name() + "' then " + v.ordinal())
        .collect(Collectors.joining(" ", "case " + column + " ", " end"));
  }

  private static Line line(ResultSet rs, int i) throws SQLException {
    return new Line(rs.getLong("id"), rs.getString("name"), ModelKind.valueOf(rs.getString("kind")),
        rs.getString("unit_id"), rs.getString("unit_name"), Field.valueOf(rs.getString("field")),
        rs.getInt("model_year"), ModelStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
