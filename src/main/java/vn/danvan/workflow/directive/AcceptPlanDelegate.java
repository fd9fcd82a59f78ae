package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

@Component
class AcceptPlanDelegate implements JavaDelegate {

  private final AssignmentRepository assignments;

  AcceptPlanDelegate(AssignmentRepository assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.of((Long) execution.getVariable("directiveId"), (String) execution.getVariable("unitId"))
        .planAccepted(ClockUtil.getCurrentTime().toInstant());
  }
}
