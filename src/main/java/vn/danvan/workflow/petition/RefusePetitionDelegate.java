package vn.danvan.workflow.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Không thụ lý: refused with its reason (Luật Khiếu nại 2011 art. 11; Luật Tố cáo 2018 art. 29), which is the answer. */
@Component
class RefusePetitionDelegate implements JavaDelegate {

  private final PetitionSteps steps;

  RefusePetitionDelegate(PetitionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.petition(execution).refuse(PetitionSteps.today(),
        PetitionSteps.required(execution, PetitionProcess.Vars.REASON));
  }
}
