package vn.danvan.workflow.task;

import java.time.Instant;
import java.util.List;

/**
 * One line of a task list. {@code year}: the year the task is about (the model's or campaign's, the directive's);
 * {@code onBehalfOf}: the absent official the caller sees it for as their substitute (null when it is the
 * caller's own).
 */
public record TaskRow(String id, String name, String taskDefinitionKey, String processKey, String processInstanceId,
    String processDefinitionId, Long modelId, String modelName, String unitId, String unitName, String field,
    Integer year, Instant created, Instant due, Instant followUp, String assignee, List<String> candidateGroups,
    List<String> decisions, String onBehalfOf) {

  /** The row as the engine now has it after a claim or unclaim (only the assignee changes). */
  TaskRow withAssignee(String user) {
    return new TaskRow(id, name, taskDefinitionKey, processKey, processInstanceId, processDefinitionId, modelId,
        modelName, unitId, unitName, field, year, created, due, followUp, user, candidateGroups, decisions,
        onBehalfOf);
  }

  TaskRow withGroupsAndDecisions(List<String> groups, List<String> allowed) {
    return new TaskRow(id, name, taskDefinitionKey, processKey, processInstanceId, processDefinitionId, modelId,
        modelName, unitId, unitName, field, year, created, due, followUp, assignee, groups, allowed, onBehalfOf);
  }

  TaskRow onBehalfOf(String absentUser) {
    return new TaskRow(id, name, taskDefinitionKey, processKey, processInstanceId, processDefinitionId, modelId,
        modelName, unitId, unitName, field, year, created, due, followUp, assignee, candidateGroups, decisions,
        absentUser);
  }
}
