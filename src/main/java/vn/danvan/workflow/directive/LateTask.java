package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/** The unit's open plan or report task a reminder or an escalation is about (inputs lateTask and unitId). */
final class LateTask {

  private LateTask() {
  }

  static Task of(DelegateExecution execution) {
    return execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey((String) execution.getVariable("lateTask"))
        .taskCandidateGroup((String) execution.getVariable("unitId"))
        .includeAssignedTasks()
        .active()
        .list().stream().findFirst().orElse(null);
  }
}
