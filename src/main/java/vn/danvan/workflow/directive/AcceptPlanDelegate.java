package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;

@Component
class AcceptPlanDelegate implements JavaDelegate {

  private final AssignmentRepository assignments;

  AcceptPlanDelegate(AssignmentRepository assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.of((Long) execution.getVariable(Vars.DIRECTIVE_ID), (String) execution.getVariable(Vars.UNIT_ID))
        .planAccepted(ClockUtil.getCurrentTime().toInstant());
  }
}
