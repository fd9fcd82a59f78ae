package vn.danvan.workflow.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The open tasks a digest lists, read from the task lists' read model ({@code task_view} and its candidate
 * groups, kept in step with the engine in the engine's own transaction) through the digest job's connection:
 * a task counts for a user when it is assigned to them, or unassigned and offered to one of their groups.
 */
final class DigestTasks {

  /** One line of a digest; {@code group} is the user's group it is offered to when nobody holds it. */
  record Line(String taskId, String name, String modelName, String unitName, Instant due, String group) {
  }

  /** Who has something due before {@code end}: assignees, and the groups offered unassigned tasks. */
  record Holders(Set<String> users, Set<String> groups) {
  }

  Holders holdersOfTasksDueBefore(Instant end) {
    Set<String> users = new LinkedHashSet<>(strings(
        "select distinct assignee from task_view where assignee is not null and due_at < ?", List.of(end)));
    Set<String> groups = new LinkedHashSet<>(strings("""
        select distinct g.group_id from task_candidate_group g join task_view t on t.task_id = g.task_id
        where t.assignee is null and t.due_at < ?""", List.of(end)));
    return new Holders(users, groups);
  }

  /** The tasks of {@code user} (member of {@code groups}) due before {@code end}, soonest due first. */
  List<Line> of(String user, List<String> groups, Instant end) {
    String inGroups = String.join(", ", Collections.nCopies(Math.max(1, groups.size()), "?"));
    String sql = "select t.task_id, t.name, t.model_name, t.unit_name, t.due_at, t.assignee,"
        + " (select min(g.group_id) from task_candidate_group g where g.task_id = t.task_id"
        + " and g.group_id in (" + inGroups + ")) as via_group"
        + " from task_view t where t.due_at < ? and (t.assignee = ? or (t.assignee is null and exists ("
        + "select 1 from task_candidate_group g where g.task_id = t.task_id and g.group_id in (" + inGroups + "))))"
        + " order by t.due_at, t.task_id";
    List<Object> parameters = new ArrayList<>(groupsOrNobody(groups));
    parameters.add(end);
    parameters.add(user);
    parameters.addAll(groupsOrNobody(groups));
    try (PreparedStatement query = prepare(sql, parameters); ResultSet rows = query.executeQuery()) {
      List<Line> lines = new ArrayList<>();
      while (rows.next()) {
        lines.add(new Line(rows.getString("task_id"), rows.getString("name"), rows.getString("model_name"),
            rows.getString("unit_name"), rows.getTimestamp("due_at").toInstant(),
            rows.getString("assignee") == null ? rows.getString("via_group") : null));
      }
      return lines;
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot read the digest tasks of " + user + ": " + e.getMessage(), e);
    }
  }

  private static List<String> strings(String sql, List<Object> parameters) {
    try (PreparedStatement query = prepare(sql, parameters); ResultSet rows = query.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot read who has tasks due: " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
    Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      Object parameter = parameters.get(i);
      if (parameter instanceof Instant instant) {
        statement.setTimestamp(i + 1, Timestamp.from(instant));
      } else {
        statement.setString(i + 1, (String) parameter);
      }
    }
    return statement;
  }

  /** An IN list must not be empty: a group id nobody can have (ids start with a letter or digit) stands in. */
  private static List<String> groupsOrNobody(List<String> groups) {
    return groups.isEmpty() ? List.of("#none") : groups;
  }
}
