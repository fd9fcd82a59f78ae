package vn.danvan.workflow.task;

import java.time.Instant;
import java.util.List;

/** One line of a task list. */
public record TaskRow(String id, String name, String taskDefinitionKey, String processKey, String processInstanceId,
    String processDefinitionId, Long modelId, String modelName, String unitId, String unitName, String field,
    Instant created, Instant due, Instant followUp, String assignee, List<String> candidateGroups,
    List<String> decisions) {

  /** The row as the engine now has it after a claim or unclaim (only the assignee changes). */
  TaskRow withAssignee(String user) {
    return new TaskRow(id, name, taskDefinitionKey, processKey, processInstanceId, processDefinitionId, modelId,
        modelName, unitId, unitName, field, created, due, followUp, user, candidateGroups, decisions);
  }

  TaskRow withGroupsAndDecisions(List<String> groups, List<String> allowed) {
    return new TaskRow(id, name, taskDefinitionKey, processKey, processInstanceId, processDefinitionId, modelId,
        modelName, unitId, unitName, field, created, due, followUp, assignee, groups, allowed);
  }
}
