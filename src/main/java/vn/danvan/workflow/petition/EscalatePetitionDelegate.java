package vn.danvan.workflow.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The step is overdue: the petition is marked as escalated to the chair (the reports count it). The message itself
 * is the reminder policy's escalation, sent to the chair's group ({@code reminder.escalateTo=${chairGroup}}).
 */
@Component
class EscalatePetitionDelegate implements JavaDelegate {

  private final PetitionSteps steps;

  EscalatePetitionDelegate(PetitionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.petition(execution).escalated(PetitionSteps.today());
  }
}
