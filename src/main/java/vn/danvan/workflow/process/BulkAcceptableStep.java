package vn.danvan.workflow.process;

import java.util.Map;

/**
 * A user task that a reviewer may accept several at once from the task list ("Chấp thuận các … đã chọn"): the
 * process owning the step declares it as a bean, the task list completes each selected task with
 * {@code acceptVariables} (checked by the task's form as any completion), plus one comment for all in
 * {@code commentField} when given.
 */
public record BulkAcceptableStep(String processKey, String taskDefinitionKey, Map<String, Object> acceptVariables,
    String commentField) {

  public boolean matches(String processKey, String taskDefinitionKey) {
    return this.processKey.equals(processKey) && this.taskDefinitionKey.equals(taskDefinitionKey);
  }
}
