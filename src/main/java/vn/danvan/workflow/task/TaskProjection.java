package vn.danvan.workflow.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.model.ModelVariables;
import vn.danvan.workflow.process.BusinessKey;

/**
 * Keeps task_view (our read model of open user tasks) in step with the engine. Called by engine task
 * listeners inside the engine's transaction, so the list never shows a task the engine has not committed.
 * Processes put the task list's columns in variables: modelId (read from model processes only), name, unitId,
 * unitName, field.
 */
@Component
class TaskProjection {

  /** The variable naming the year a task is about, in every process that has one. */
  static final String YEAR = "year";

  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;

  TaskProjection(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  void created(DelegateTask task) {
    String processKey = task.getProcessDefinitionId().substring(0, task.getProcessDefinitionId().indexOf(':'));
    insert(new Row(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessDefinitionId(),
        processKey, task.getProcessInstanceId(), modelId(processKey, task.getVariable(ModelVariables.MODEL_ID)),
        text(task, ModelVariables.NAME), text(task, ModelVariables.UNIT_ID), text(task, ModelVariables.UNIT_NAME),
        text(task, ModelVariables.FIELD), year(task.getVariable(YEAR)), task.getCreateTime(), task.getDueDate(),
        task.getFollowUpDate(), task.getAssignee()), candidateGroups(task.getCandidates()));
  }

  /**
   * Also the task's step and process version: a process-instance migration moves an open task to another
   * definition without a create event, and its follow-up fires this update (package migration).
   */
  void updated(DelegateTask task) {
    jdbc.update("""
        update task_view set name = :name, due_at = :due, follow_up_at = :followUp, assignee = :assignee,
          task_definition_key = :taskDefinitionKey, process_definition_id = :processDefinitionId
        where task_id = :id""", new MapSqlParameterSource()
        .addValue("taskDefinitionKey", task.getTaskDefinitionKey())
        .addValue("processDefinitionId", task.getProcessDefinitionId())
        .addValue("id", task.getId()).addValue("name", task.getName()).addValue("due", timestamp(task.getDueDate()))
        .addValue("followUp", timestamp(task.getFollowUpDate())).addValue("assignee", task.getAssignee()));
    replaceCandidateGroups(task.getId(), candidateGroups(task.getCandidates()));
  }

  /**
   * A completed task leaves the open list for {@code finished_step} (V87): its step, its unit and the working days
   * it took, which the dashboard's slowest steps count in SQL rather than from the engine's history.
   */
  void completed(DelegateTask task) {
    Instant completed = ClockUtil.getCurrentTime().toInstant();
    int days = calendar.workingDaysBetween(VietnamTime.dayOf(task.getCreateTime().toInstant()),
        VietnamTime.dayOf(completed));
    jdbc.update("""
        insert into finished_step (task_id, process_key, step, step_name, unit_id, completed_at, working_days)
        select t.task_id, t.process_key, t.task_definition_key, t.name, t.unit_id, :completed, :days
        from task_view t where t.task_id = :id""", new MapSqlParameterSource().addValue("id", task.getId())
        .addValue("completed", Timestamp.from(completed)).addValue("days", days));
    removed(task.getId());
  }

  void removed(String taskId) {
    jdbc.update("delete from task_candidate_group where task_id = :id", Map.of("id", taskId));
    jdbc.update("delete from task_view where task_id = :id", Map.of("id", taskId));
  }

  void insert(Row row, Collection<String> groups) {
    jdbc.update("""
        insert into task_view (task_id, name, task_definition_key, process_definition_id, process_key,
          process_instance_id, model_id, model_name, unit_id, unit_name, field, task_year, created_at, due_at,
          follow_up_at, assignee)
        values (:id, :name, :taskDefinitionKey, :processDefinitionId, :processKey, :processInstanceId, :modelId,
          :modelName, :unitId, :unitName, :field, :year, :created, :due, :followUp, :assignee)""",
        new MapSqlParameterSource()
            .addValue("id", row.taskId()).addValue("name", row.name())
            .addValue("taskDefinitionKey", row.taskDefinitionKey())
            .addValue("processDefinitionId", row.processDefinitionId()).addValue("processKey", row.processKey())
            .addValue("processInstanceId", row.processInstanceId()).addValue("modelId", row.modelId())
            .addValue("modelName", truncate(row.modelName(), 255)).addValue("unitId", row.unitId())
            .addValue("unitName", truncate(row.unitName(), 255)).addValue("field", row.field())
            .addValue("year", row.year())
            .addValue("created", timestamp(row.created())).addValue("due", timestamp(row.due()))
            .addValue("followUp", timestamp(row.followUp())).addValue("assignee", row.assignee()));
    insertCandidateGroups(row.taskId(), groups);
  }

  /** A row written before the year column existed gets it (once, at start). */
  void year(String taskId, Integer year) {
    jdbc.update("update task_view set task_year = :year where task_id = :id",
        new MapSqlParameterSource().addValue("id", taskId).addValue("year", year));
  }

  void deleteAll() {
    jdbc.update("delete from task_candidate_group", Map.of());
    jdbc.update("delete from task_view", Map.of());
  }

  private void replaceCandidateGroups(String taskId, Collection<String> groups) {
    jdbc.update("delete from task_candidate_group where task_id = :id", Map.of("id", taskId));
    insertCandidateGroups(taskId, groups);
  }

  private void insertCandidateGroups(String taskId, Collection<String> groups) {
    if (groups.isEmpty()) {
      return;
    }
    List<Map<String, Object>> batch = new ArrayList<>();
    for (String group : groups) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", taskId);
      row.put("group", group);
      batch.add(row);
    }
    // with the task's due and creation times as task_view has them, for the group's list in due order (V99)
    jdbc.batchUpdate("""
        insert into task_candidate_group (task_id, group_id, due_at, created_at)
        select task_id, :group, due_at, created_at from task_view where task_id = :id""",
        batch.stream().map(MapSqlParameterSource::new).toArray(MapSqlParameterSource[]::new));
  }

  static List<String> candidateGroups(Collection<IdentityLink> links) {
    return links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).distinct().toList();
  }

  /**
   * The model a task is about: the variable modelId of a process about one model. A task of a directive or a
   * recognition round is about no single model, whatever variables it can see.
   */
  static Long modelId(String processKey, Object modelId) {
    return BusinessKey.isModelProcess(processKey) && modelId instanceof Number number ? number.longValue() : null;
  }

  /**
   * The year a task is about, from the variable every process carries as {@code year} (the model's registration
   * year, the campaign's, the directive's); null when absent or not a number.
   */
  static Integer year(Object value) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value instanceof String text && text.strip().matches("\\d{4}")) {
      return Integer.valueOf(text.strip());
    }
    return null;
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : Objects.toString(value);
  }

  private static Timestamp timestamp(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  record Row(String taskId, String name, String taskDefinitionKey, String processDefinitionId, String processKey,
      String processInstanceId, Long modelId, String modelName, String unitId, String unitName, String field,
      Integer year, Date created, Date due, Date followUp, String assignee) {
  }
}
