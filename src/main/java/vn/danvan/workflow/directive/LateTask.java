package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;

/** The unit's open plan or report task a reminder or an escalation is about (inputs lateTask and unitId). */
final class LateTask {

  private LateTask() {
  }

  static Task of(DelegateExecution execution) {
    return execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey((String) execution.getVariable(Vars.LATE_TASK))
        .taskCandidateGroup((String) execution.getVariable(Vars.UNIT_ID))
        .includeAssignedTasks()
        .active()
        .list().stream().findFirst().orElse(null);
  }
}
