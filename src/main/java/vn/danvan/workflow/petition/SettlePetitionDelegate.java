package vn.danvan.workflow.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The answer or settlement decision is recorded; the petition is settled today (on time or late by its clock).
 * {@link PetitionSettled} has its answer letter issued by a job written in this same transaction.
 */
@Component
class SettlePetitionDelegate implements JavaDelegate {

  private final PetitionSteps steps;
  private final ApplicationEventPublisher events;

  SettlePetitionDelegate(PetitionSteps steps, ApplicationEventPublisher events) {
    this.steps = steps;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Petition petition = steps.petition(execution);
    petition.settle(PetitionSteps.today(), PetitionSteps.required(execution, PetitionProcess.Vars.OUTCOME));
    events.publishEvent(new PetitionSettled(petition.getId()));
  }
}
