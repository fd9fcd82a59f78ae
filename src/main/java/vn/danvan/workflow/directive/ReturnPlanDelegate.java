package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.form.FormValues;

/**
 * Returns the plan to its unit with what to revise; the unit sees the reason on its plan task. A return without a
 * reason is refused.
 */
@Component
class ReturnPlanDelegate implements JavaDelegate {

  private final AssignmentRepository assignments;

  ReturnPlanDelegate(AssignmentRepository assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.of((Long) execution.getVariable(Vars.DIRECTIVE_ID), (String) execution.getVariable(Vars.UNIT_ID))
        .planReturned(FormValues.requiredReason(execution, Vars.RETURN_REASON));
  }
}
