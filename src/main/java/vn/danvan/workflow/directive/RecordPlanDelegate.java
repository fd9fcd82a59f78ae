package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;

/** Keeps the plan the unit sent (its number and summary) and when it was first sent. */
@Component
class RecordPlanDelegate implements JavaDelegate {

  private final AssignmentRepository assignments;

  RecordPlanDelegate(AssignmentRepository assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.of((Long) execution.getVariable(Vars.DIRECTIVE_ID), (String) execution.getVariable(Vars.UNIT_ID))
        .planSubmitted((String) execution.getVariable(Vars.PLAN_NUMBER), (String) execution.getVariable(Vars.PLAN_SUMMARY),
            ClockUtil.getCurrentTime().toInstant());
  }
}
