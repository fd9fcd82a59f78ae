package vn.danvan.workflow.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.delegation.Delegations;

/**
 * The task list in a fixed number of queries whatever the page size: one for the page, one for its total,
 * one for the page's candidate groups. Everything it filters and sorts on is an indexed column of task_view.
 */
@Component
class TaskQueries {

  /**
   * mine: assigned to me; group: offered to one of my groups; todo: what I am to do now (assigned to me, or
   * unassigned and offered to one of my groups, as the daily digest counts); all: everything I may see.
   */
  enum Scope { mine, group, todo, all }

  enum Sort { due, created }

  /** {@code text}: words in the model's (or round's) name or the step's name, any case; null for all. */
  record Filter(Scope scope, Boolean overdue, String processKey, String unitId, String field, Instant dueBefore,
      Long modelId, Sort sort, Integer year, String text) {

    Filter(Scope scope, Boolean overdue, String processKey, String unitId, String field, Instant dueBefore,
        Long modelId, Sort sort) {
      this(scope, overdue, processKey, unitId, field, dueBefore, modelId, sort, null, null);
    }
  }

  /**
   * Who is looking: their groups, the units they see, and the absent officials they stand in for today (whose
   * assigned tasks and candidate groups count as theirs, see delegation.Delegations).
   */
  record Viewer(String username, Collection<String> groups, Set<String> visibleUnits, boolean admin,
      List<Delegations.Absence> absences) {

    Viewer(String username, Collection<String> groups, Set<String> visibleUnits, boolean admin) {
      this(username, groups, visibleUnits, admin, List.of());
    }

    /** Me and those I stand in for: a task assigned to any of them is in my list. */
    Set<String> assignees() {
      Set<String> assignees = new LinkedHashSet<>();
      assignees.add(username);
      absences.forEach(absence -> assignees.add(absence.absentUser()));
      return assignees;
    }

    /** My groups and those of the officials I stand in for. */
    Set<String> offeredGroups() {
      Set<String> offered = new LinkedHashSet<>(groups);
      absences.forEach(absence -> offered.addAll(absence.groups()));
      return offered;
    }

    /**
     * The absent official a row is shown for: assigned to them, or offered to none of my groups but to theirs;
     * null when it is mine by my own right.
     */
    String onBehalfOf(TaskRow row) {
      if (absences.isEmpty()) {
        return null;
      }
      if (row.assignee() != null && !row.assignee().equals(username)) {
        return absences.stream().map(Delegations.Absence::absentUser).filter(row.assignee()::equals).findFirst()
            .orElse(null);
      }
      if (row.candidateGroups().stream().anyMatch(groups::contains)) {
        return null;
      }
      return absences.stream().filter(a -> row.candidateGroups().stream().anyMatch(a.groups()::contains))
          .map(Delegations.Absence::absentUser).findFirst().orElse(null);
    }
  }

  private static final String NOBODY = "\u0000"; // an IN list must not be empty

  private final NamedParameterJdbcTemplate jdbc;

  private final Clock clock;

  TaskQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  record Page(List<TaskRow> rows, long total) {
  }

  Page page(Viewer viewer, Filter filter, int page, int size) {
    if (onlyOfferedByDue(filter) && !viewer.offeredGroups().isEmpty()) {
      return offeredByDue(viewer, page, size);
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(viewer, filter, params);
    String order = filter.sort() == Sort.created
        ? "t.created_at, t.task_id"
        : "case when t.due_at is null then 1 else 0 end, t.due_at, t.created_at, t.task_id";
    params.addValue("limit", size).addValue("offset", (long) page * size);
    List<TaskRow> rows = jdbc.query("select t.* from task_view t where " + where + " order by " + order
        + " limit :limit offset :offset", params, TaskQueries::row);
    // a first page that is not full is the whole list: no count to ask (a model's task, a small unit's list)
    long total = page == 0 && rows.size() < size ? rows.size()
        : jdbc.queryForObject("select count(*) from task_view t where " + where, params, Long.class);
    Map<String, List<String>> groups = candidateGroups(rows.stream().map(TaskRow::id).toList());
    return new Page(rows.stream().map(r -> r.withGroupsAndDecisions(groups.getOrDefault(r.id(), List.of()), null))
        .map(r -> r.onBehalfOf(viewer.onBehalfOf(r))).toList(), total);
  }

  /** "Offered to my groups" in due order and nothing else: the commune's usual list, the one that grows most. */
  private static boolean onlyOfferedByDue(Filter filter) {
    return filter.scope() == Scope.group && filter.sort() != Sort.created && filter.overdue() == null
        && filter.processKey() == null && filter.unitId() == null && filter.field() == null
        && filter.dueBefore() == null && filter.modelId() == null && filter.year() == null
        && (filter.text() == null || filter.text().isBlank());
  }

  /**
   * The page and its total from the candidate groups' index alone (group, due, created, task: V99), then the page's
   * rows by their ids: with thousands of tasks offered to a commune, the general query read every one of them from
   * task_view to sort them. Same order as the general query (no due date last); a task offered to two of my groups
   * once.
   */
  private Page offeredByDue(Viewer viewer, int page, int size) {
    Set<String> offered = viewer.offeredGroups();
    MapSqlParameterSource params = new MapSqlParameterSource("groups", offered)
        .addValue("limit", size).addValue("offset", (long) page * size);
    boolean oneGroup = offered.size() == 1;
    long total = jdbc.queryForObject("select " + (oneGroup ? "count(*)" : "count(distinct g.task_id)")
        + " from task_candidate_group g where g.group_id in (:groups)", params, Long.class);
    List<String> ids = jdbc.queryForList("select " + (oneGroup ? "" : "distinct ")
        + "g.task_id, g.due_at, g.created_at from task_candidate_group g where g.group_id in (:groups)"
        + " order by g.due_at nulls last, g.created_at, g.task_id limit :limit offset :offset", params)
        .stream().map(row -> (String) row.get("task_id")).toList();
    if (ids.isEmpty()) {
      return new Page(List.of(), total);
    }
    Map<String, TaskRow> byId = new HashMap<>();
    jdbc.query("select t.* from task_view t where t.task_id in (:ids)", Map.of("ids", ids),
        (ResultSet rs) -> {
          TaskRow row = row(rs, 0);
          byId.put(row.id(), row);
        });
    Map<String, List<String>> groups = candidateGroups(ids);
    return new Page(ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
        .map(r -> r.withGroupsAndDecisions(groups.getOrDefault(r.id(), List.of()), null))
        .map(r -> r.onBehalfOf(viewer.onBehalfOf(r))).toList(), total);
  }

  Optional<TaskRow> find(String taskId) {
    List<TaskRow> rows = jdbc.query("select t.* from task_view t where t.task_id = :id", Map.of("id", taskId),
        TaskQueries::row);
    return rows.stream().findFirst()
        .map(r -> r.withGroupsAndDecisions(candidateGroups(List.of(taskId)).getOrDefault(taskId, List.of()), null));
  }

  /** Open tasks whose year is not known yet (rows written before task_year existed), with their instance. */
  Map<String, String> withoutYear() {
    Map<String, String> found = new HashMap<>();
    jdbc.query("select task_id, process_instance_id from task_view where task_year is null", Map.of(),
        (ResultSet rs) -> {
          found.put(rs.getString(1), rs.getString(2));
        });
    return found;
  }

  long count() {
    return jdbc.queryForObject("select count(*) from task_view", Map.of(), Long.class);
  }

  private String where(Viewer viewer, Filter filter, MapSqlParameterSource params) {
    List<String> and = new ArrayList<>();
    Set<String> offered = viewer.offeredGroups();
    params.addValue("me", viewer.assignees())
        .addValue("groups", offered.isEmpty() ? List.of(NOBODY) : offered)
        .addValue("units", viewer.visibleUnits().isEmpty() ? List.of(NOBODY) : viewer.visibleUnits());
    String mine = "t.assignee in (:me)";
    // written as a set of task ids, not a correlated "exists": the database then starts from the caller's few
    // hundred tasks instead of filtering every open (or every overdue) task of the service
    String groupTasks = "select g.task_id from task_candidate_group g where g.group_id in (:groups)";
    String ofMyGroups = "t.task_id in (" + groupTasks + ")";
    switch (filter.scope()) {
      case mine -> and.add(mine);
      case group -> and.add(ofMyGroups);
      // mine, or offered to my groups and not taken: (in my groups or mine) and (mine or not taken)
      case todo -> and.add("t.task_id in (" + groupTasks + " union all select a.task_id from task_view a"
          + " where a.assignee in (:me)) and (" + mine + " or t.assignee is null)");
      case all -> and.add(viewer.admin() ? "1 = 1" : "(" + mine + " or " + ofMyGroups + " or t.unit_id in (:units))");
    }
    if (Boolean.TRUE.equals(filter.overdue())) {
      and.add("t.due_at < :now");
      params.addValue("now", Timestamp.from(clock.instant()));
    } else if (Boolean.FALSE.equals(filter.overdue())) {
      and.add("(t.due_at is null or t.due_at >= :now)");
      params.addValue("now", Timestamp.from(clock.instant()));
    }
    if (filter.processKey() != null) {
      and.add("t.process_key = :processKey");
      params.addValue("processKey", filter.processKey());
    }
    if (filter.unitId() != null) {
      and.add("t.unit_id = :unitId");
      params.addValue("unitId", filter.unitId());
    }
    if (filter.year() != null) {
      and.add("t.task_year = :year");
      params.addValue("year", filter.year());
    }
    if (filter.field() != null) {
      and.add("t.field = :field");
      params.addValue("field", filter.field());
    }
    if (filter.modelId() != null) {
      and.add("t.model_id = :modelId");
      params.addValue("modelId", filter.modelId());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      and.add("(lower(t.model_name) like :text escape '\\' or lower(t.name) like :text escape '\\')");
      params.addValue("text", "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT)
          .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (filter.dueBefore() != null) {
      and.add("t.due_at < :dueBefore");
      params.addValue("dueBefore", Timestamp.from(filter.dueBefore()));
    }
    return String.join(" and ", and);
  }

  private Map<String, List<String>> candidateGroups(List<String> taskIds) {
    Map<String, List<String>> groups = new HashMap<>();
    if (taskIds.isEmpty()) {
      return groups;
    }
    jdbc.query("select task_id, group_id from task_candidate_group where task_id in (:ids) order by group_id",
        Map.of("ids", taskIds), (ResultSet rs) -> {
          groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
    return groups;
  }

  private static TaskRow row(ResultSet rs, int i) throws SQLException {
    return new TaskRow(rs.getString("task_id"), rs.getString("name"), rs.getString("task_definition_key"),
        rs.getString("process_key"), rs.getString("process_instance_id"), rs.getString("process_definition_id"),
        rs.getObject("model_id", Long.class), rs.getString("model_name"), rs.getString("unit_id"),
        rs.getString("unit_name"), rs.getString("field"), rs.getObject("task_year", Integer.class),
        instant(rs, "created_at"), instant(rs, "due_at"), instant(rs, "follow_up_at"), rs.getString("assignee"),
        List.of(), List.of(), null);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
