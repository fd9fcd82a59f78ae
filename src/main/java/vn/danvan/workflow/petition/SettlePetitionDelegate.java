package vn.danvan.workflow.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The answer or settlement decision is recorded; the petition is settled today (on time or late by its clock). */
@Component
class SettlePetitionDelegate implements JavaDelegate {

  private final PetitionSteps steps;

  SettlePetitionDelegate(PetitionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.petition(execution).settle(PetitionSteps.today(),
        PetitionSteps.required(execution, PetitionProcess.Vars.OUTCOME));
  }
}
