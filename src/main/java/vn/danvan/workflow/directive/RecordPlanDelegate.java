package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Keeps the plan the unit sent (its number and summary) and when it was first sent. */
@Component
class RecordPlanDelegate implements JavaDelegate {

  private final AssignmentRepository assignments;

  RecordPlanDelegate(AssignmentRepository assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.of((Long) execution.getVariable("directiveId"), (String) execution.getVariable("unitId"))
        .planSubmitted((String) execution.getVariable("planNumber"), (String) execution.getVariable("planSummary"),
            ClockUtil.getCurrentTime().toInstant());
  }
}
