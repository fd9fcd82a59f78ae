package vn.danvan.workflow.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open tasks handed from one unit to another (the 2025 reform merges communes): the candidate group in the engine
 * (what Tasklist and the engine's task queries read), Tasklist's column copy of the unit's name on the task, and
 * our read model (task_view and its candidate groups, written here whether or not the engine fires the task's update
 * event for an identity-link change; the unit columns were copied from process variables that have just changed in
 * package reform, which no listener would notice).
 */
@Component
public class TaskUnitChange {

  /** An open task a unit works on: one of its candidate groups, or the unit in its list columns. */
  public record OpenTask(String id, String name, String processKey, String unitId, List<String> candidateGroups) {
  }

  private final TaskService tasks;
  private final NamedParameterJdbcTemplate jdbc;

  TaskUnitChange(TaskService tasks, NamedParameterJdbcTemplate jdbc) {
    this.tasks = tasks;
    this.jdbc = jdbc;
  }

  /** The open tasks of these units, by task id. */
  public List<OpenTask> openTasksOf(Collection<String> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    Map<String, OpenTask> found = new LinkedHashMap<>();
    jdbc.query("""
        select t.task_id, t.name, t.process_key, t.unit_id from task_view t
        where t.unit_id in (:units)
           or exists (select 1 from task_candidate_group g where g.task_id = t.task_id and g.group_id in (:units))
        order by t.created_at, t.task_id""", Map.of("units", unitIds), rs -> {
      String id = rs.getString(1);
      found.put(id, new OpenTask(id, rs.getString(2), rs.getString(3), rs.getString(4), new ArrayList<>()));
    });
    if (!found.isEmpty()) {
      jdbc.query("select task_id, group_id from task_candidate_group where task_id in (:ids) order by group_id",
          Map.of("ids", found.keySet()), rs -> {
            found.get(rs.getString(1)).candidateGroups().add(rs.getString(2));
          });
    }
    return List.copyOf(found.values());
  }

  /** Hands the unit's open tasks to {@code toUnitId}; returns how many tasks changed. */
  public int move(String fromUnitId, String toUnitId, String toUnitName) {
    List<Task> candidates = tasks.createTaskQuery().taskCandidateGroup(fromUnitId).includeAssignedTasks().list();
    for (Task task : candidates) {
      tasks.deleteCandidateGroup(task.getId(), fromUnitId);
      boolean already = tasks.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(link -> toUnitId.equals(link.getGroupId()));
      if (!already) {
        tasks.addCandidateGroup(task.getId(), toUnitId);
      }
    }
    List<String> listed = jdbc.queryForList("select task_id from task_view where unit_id = :from",
        Map.of("from", fromUnitId), String.class);
    for (String taskId : listed) {
      if (tasks.getVariableLocal(taskId, "tasklistUnitName") != null) {
        tasks.setVariableLocal(taskId, "tasklistUnitName", toUnitName);
      }
    }
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", fromUnitId)
        .addValue("to", toUnitId).addValue("toName", toUnitName);
    jdbc.update("update task_view set unit_id = :to, unit_name = :toName where unit_id = :from", params);
    jdbc.update("""
        update task_candidate_group set group_id = :to where group_id = :from and not exists (
          select 1 from task_candidate_group x where x.task_id = task_candidate_group.task_id and x.group_id = :to)""",
        params);
    jdbc.update("delete from task_candidate_group where group_id = :from", params);
    return (int) java.util.stream.Stream.concat(candidates.stream().map(Task::getId), listed.stream())
        .distinct().count();
  }
}
